/**
 * Which worker builds each paper: the one that parsed its pages, unless that
 * worker already has its share of the work, counted in source bytes. Pages
 * are parsed in runs of file names, so one worker can hold most of the long
 * papers and finish long after the other; a paper moved to the other worker
 * costs only a second parse of its few pages there.
 */
export interface JobWeight {
  /** The worker that parsed the paper's pages, if any did. */
  preferred: number | undefined;
  weight: number;
}

export function assignWorkers(jobs: readonly JobWeight[], workers: number): number[] {
  const share = jobs.reduce((sum, j) => sum + j.weight, 0) / workers;
  const load = new Array<number>(workers).fill(0);
  const lightest = () => load.indexOf(Math.min(...load));
  return jobs.map((job) => {
    let w = job.preferred ?? lightest();
    if (load[w]! + job.weight > share && load[lightest()]! < load[w]!) w = lightest();
    load[w]! += job.weight;
    return w;
  });
}
