/**
 * Whether a paper's text visibly stops short: its numbered sections end at the
 * first of their series ("I.", "1.", "A.", "一、") with nothing after it. Nobody
 * numbers a lone section, so a text whose numbering begins and then ends has lost
 * the rest (a web page captured in part, a scrape cut off by the site). The
 * reader says so at the end of the text rather than letting it end as if whole.
 */
import type { Block } from '../../model/schema.ts';

const SERIES: [name: string, pattern: RegExp, first: string][] = [
  ['roman', /^([IVXLC]+)[.)]\s/, 'I'],
  ['arabic', /^(\d{1,2})[.)]\s/, '1'],
  ['letter', /^([A-Z])[.)]\s/, 'A'],
  ['cjk', /^([一二三四五六七八九十]+)[、.．]/, '一'],
  ['cjk-paren', /^[（(]([一二三四五六七八九十]+)[）)]/, '一'],
];

function numbering(text: string): { series: string; number: string; label: string } | undefined {
  for (const [series, pattern] of SERIES) {
    const m = pattern.exec(text);
    if (m) return { series, number: m[1]!, label: m[0].trim() };
  }
  return undefined;
}

/** The label of the lone numbered section the text stops after ("I."), or undefined when the text does not show that it stops short. */
export function stopsAfter(blocks: readonly Block[]): string | undefined {
  const headings = blocks.filter((b) => b.type === 'heading' && b.ref === undefined).map((b) => ({ block: b, n: numbering(b.text) }));
  const last = headings.filter((h) => h.n !== undefined).at(-1);
  if (!last) return undefined;
  const sameSeries = headings.filter((h) => h.n?.series === last.n!.series && h.block.depth === last.block.depth);
  const first = SERIES.find(([name]) => name === last.n!.series)![2];
  if (sameSeries.length !== 1 || last.n!.number !== first) return undefined;
  // The lone section must also be the text's last: a later unnumbered heading ("Conclusion") closes the numbering.
  return headings.at(-1) === last ? last.n!.label : undefined;
}
