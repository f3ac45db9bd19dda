/**
 * content/ survives a kill: an ingest killed (SIGKILL to its process group)
 * at any moment leaves the generated collections as they were before it or as
 * they are after it, never a mix, and the next ingest completes. Checked for a
 * first (full) ingest and for an incremental one, right after the first
 * write and at random moments.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FIXTURES, ROOT, SOURCES } from '../../helpers/corpus.ts';

const CLI = join(ROOT, 'src/ingest/run/cli.ts');
const KILLS = Number(process.env.FOLIO_KILLS ?? 20);

/** The generated collections as a reader sees them, through content/papers and content/references. */
function collections(content: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ['papers', 'references']) {
    const folder = join(content, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) out[`${dir}/${name}`] = readFileSync(join(folder, name), 'utf8');
  }
  return out;
}

function ingestSync(project: string) {
  const r = spawnSync(process.execPath, [CLI, '--sources', join(project, 'content/sources'), '--content', join(project, 'content')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

/** Runs the ingest in its own process group and kills the group `when` (ms), or right after its first write into content/. */
async function ingestKilled(project: string, when: number | 'first-write'): Promise<void> {
  const content = join(project, 'content');
  const child = spawn(process.execPath, [CLI, '--sources', join(content, 'sources'), '--content', content], { detached: true, stdio: 'ignore' });
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone: it finished first.
    }
  };
  let watcher: ReturnType<typeof watch> | undefined;
  if (when === 'first-write') {
    mkdirSync(content, { recursive: true });
    watcher = watch(content, { recursive: true }, (_event, name) => {
      if (name && !name.startsWith('sources')) kill();
    });
  } else setTimeout(kill, when);
  await new Promise((resolve) => child.once('exit', resolve));
  watcher?.close();
}

/** A project folder: sources, and content made from `before` (or none). */
function project(sources: string[], ingested: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-kill-'));
  mkdirSync(join(dir, 'content/sources'), { recursive: true });
  for (const path of sources) cpSync(path, join(dir, 'content/sources', path.split('/').pop()!));
  if (ingested) ingestSync(dir);
  return dir;
}

const seeds = readdirSync(SOURCES).map((n) => join(SOURCES, n));
const fixtures = ['web-a.txt', 'web-b.txt', 'pdf-b-p15.txt', 'pdf-c-p3.txt'].map((n) => join(FIXTURES, n));

/** Before: seeds and two fixtures. After: one seed page edited, one fixture gone, two added. */
function scenario(): { before: string[]; change: (sources: string) => void } {
  return {
    before: [...seeds, fixtures[0]!, fixtures[1]!],
    change: (sources) => {
      rmSync(join(sources, 'web-a.txt'));
      cpSync(fixtures[2]!, join(sources, 'pdf-b-p15.txt'));
      cpSync(fixtures[3]!, join(sources, 'pdf-c-p3.txt'));
      const zhang = join(sources, '002_2a29fe1bde96cbf5.txt');
      writeFileSync(zhang, readFileSync(zhang, 'utf8').replace('(Calatayud, 2025)', '(Calatayud, 2024)'));
    },
  };
}

describe('content/ survives a kill', { concurrency: false }, () => {
  const { before, change } = scenario();
  // The two states a reader may see.
  const start = project(before, true);
  const states = { before: collections(join(start, 'content')), after: {} as Record<string, string> };
  const finished = project(before, true);
  change(join(finished, 'content/sources'));
  ingestSync(finished);
  states.after = collections(join(finished, 'content'));
  assert.notDeepEqual(states.after, states.before);

  const cases: { name: string; when: number | 'first-write'; incremental: boolean }[] = [
    { name: 'an incremental ingest killed right after its first write', when: 'first-write', incremental: true },
    { name: 'a first ingest killed right after its first write', when: 'first-write', incremental: false },
  ];
  // Random moments across an ingest's life (about 300-900 ms here), the same each run.
  let seed = 20261203;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < KILLS; i++) cases.push({ name: `an ${i % 3 === 0 ? 'first' : 'incremental'} ingest killed at a random moment (${i + 1})`, when: Math.floor(random() * 900), incremental: i % 3 !== 0 });

  for (const c of cases) {
    test(`${c.name}: content/ is as before or as after, and the next ingest completes`, async () => {
      const dir = c.incremental ? project(before, false) : project([], false);
      if (c.incremental) {
        cpSync(join(start, 'content'), join(dir, 'content'), { recursive: true, verbatimSymlinks: true });
        cpSync(join(start, '.cache'), join(dir, '.cache'), { recursive: true });
      } else for (const path of before) cpSync(path, join(dir, 'content/sources', path.split('/').pop()!));
      change(join(dir, 'content/sources'));
      const was = collections(join(dir, 'content'));
      await ingestKilled(dir, c.when);
      const seen = collections(join(dir, 'content'));
      const as = JSON.stringify(seen) === JSON.stringify(was) ? 'before' : JSON.stringify(seen) === JSON.stringify(states.after) ? 'after' : 'torn';
      assert.notEqual(as, 'torn', `content/ is neither before nor after: ${Object.keys(seen).join(' ')}`);
      ingestSync(dir);
      assert.deepEqual(collections(join(dir, 'content')), states.after);
      rmSync(dir, { recursive: true, force: true });
    });
  }
});
