/**
 * The collection's glossary (terms ranked, definitions chosen: the ingest's
 * found-glossary stage) as the ingest reports it on its own progress line,
 * "ingest: 41 glossary entries found (2.3 s)": the bench records its time at
 * each N, so the report shows whether it grows linearly with the collection.
 */
export function glossaryTiming(ingestOutput: string): { glossary_s: number; glossary_entries: number } {
  const m = /ingest: ([\d,]+) glossary entries found[^(\n]*\(([\d.]+) s\)/.exec(ingestOutput);
  if (!m) throw new Error(`the ingest printed no glossary line:\n${ingestOutput.slice(-2000)}`);
  return { glossary_entries: Number(m[1]!.replace(/,/g, '')), glossary_s: Number(m[2]) };
}
