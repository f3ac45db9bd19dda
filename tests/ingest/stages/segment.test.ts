import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ParsedPage, toBodyLine } from '../../../src/ingest/stages/page.ts';
import { readSource } from '../../../src/ingest/stages/read-source.ts';
import { segmentPages } from '../../../src/ingest/stages/segment.ts';
import { headingLine } from '../../../src/ingest/stages/line-kinds.ts';
import { measureOf } from '../../../src/shared/text-shape.ts';

/**
 * A page whose body is exactly `text` (furniture already removed), its
 * headings flagged as the line classifier would flag them (here by the
 * heading rules, so that these tests are about segmentation alone).
 */
function page(number: number | null, text: string, name = `p${number ?? 'web'}.txt`): ParsedPage {
  const source = readSource(name, Buffer.from(text));
  const lines = source.lines.map(toBodyLine);
  const filled = lines.filter((l) => l.clean !== '');
  const measure = measureOf(filled.map((l) => l.clean));
  const body = lines.map((line, i) => {
    if (line.clean === '') return line;
    const k = filled.indexOf(line);
    const ctx = { prev: filled[k - 1]?.clean, blankBefore: i > 0 && lines[i - 1]!.clean === '', next: filled[k + 1]?.clean, blankAfter: i + 1 < lines.length && lines[i + 1]!.clean === '', measure };
    return headingLine(line.clean, ctx) ? { ...line, heading: true } : line;
  });
  return { source: name, sha256: source.sha256, kind: number === null ? 'web-article' : 'pdf-page', number, facts: {}, body, dropped: [] };
}
const texts = (segments: ReturnType<typeof segmentPages>) => segments.map((s) => s.text);

test('wrapped lines are joined into one paragraph', () => {
  const segments = segmentPages(
    [
      page(5, [
        'The political economy of relocation differs from its pure cost logic. Firms that moved final',
        'assembly out of China after 2018 did not, in most cases, choose the lowest-cost location',
        'available to them; they chose locations that their home governments regarded as reliable.',
      ].join('\n')),
    ],
    [false],
  );
  assert.deepEqual(texts(segments), [
    'The political economy of relocation differs from its pure cost logic. Firms that moved final assembly out of China after 2018 did not, in most cases, choose the lowest-cost location available to them; they chose locations that their home governments regarded as reliable.',
  ]);
  assert.equal(segments[0]!.type, 'paragraph');
  assert.equal(segments[0]!.page, 5);
  assert.equal(segments[0]!.line, 1);
});

test('a short sentence-final line ends its paragraph', () => {
  const segments = segmentPages(
    [
      page(5, [
        'Earlier waves of offshoring were also shaped by alliances and aid relationships, and the',
        'unbundling of production always depended on trust between partners as much as on wage',
        'gaps. What is new is the explicit use of public money to steer these decisions.',
        'The Regional Comprehensive Economic Partnership, which entered into force in January 2022,',
        'adds a second layer to this story.',
      ].join('\n')),
    ],
    [false],
  );
  assert.equal(segments.length, 2);
  assert.match(segments[0]!.text, /steer these decisions\.$/);
  assert.match(segments[1]!.text, /^The Regional Comprehensive/);
  assert.equal(segments[1]!.line, 4);
});

test('a full-width sentence-final line does not end its paragraph', () => {
  const segments = segmentPages(
    [
      page(5, [
        'Earlier waves of offshoring were also shaped by alliances and aid relationships, and the',
        'unbundling of production always depended on trust between partners as much as on wages.',
        'What is new is the explicit use of public money to steer these decisions.',
      ].join('\n')),
    ],
    [false],
  );
  assert.equal(segments.length, 1);
});

test('no paragraph break when the next line starts in lower case', () => {
  const segments = segmentPages(
    [
      page(5, [
        'Earlier waves of offshoring were also shaped by alliances and aid relationships, and the',
        'unbundling of production depended on the U.S.',
        'and its allies as much as on wage gaps in the region, and this remains true today for most firms.',
      ].join('\n')),
    ],
    [false],
  );
  assert.equal(segments.length, 1);
  assert.match(segments[0]!.text, /on the U\.S\. and its allies/);
});

test('a blank line always breaks the paragraph', () => {
  const segments = segmentPages(
    [page(null, 'Tariffs rose sharply in 2018 and most of them\n\nare still in place today.')],
    [false],
  );
  assert.deepEqual(texts(segments), ['Tariffs rose sharply in 2018 and most of them', 'are still in place today.']);
  assert.equal(segments[1]!.page, null);
});

test('in a layout-preserving dump an indented line starts a paragraph', () => {
  const body = [
    '    Earlier waves of offshoring were also shaped by alliances and aid relationships, and',
    'the unbundling of production always depended on trust between partners as much as on wage',
    'gaps and',
    '    public money now steers these decisions in ways that earlier waves of offshoring did not',
    'know, and firms follow.',
  ].join('\n');
  const segments = segmentPages([page(7, body)], [false]);
  assert.deepEqual(texts(segments), [
    'Earlier waves of offshoring were also shaped by alliances and aid relationships, and the unbundling of production always depended on trust between partners as much as on wage gaps and',
    'public money now steers these decisions in ways that earlier waves of offshoring did not know, and firms follow.',
  ]);
});

test('headings and list items become their own segments', () => {
  const body = [
    'What is new is the explicit use of public money to steer these decisions.',
    '4.2 Subsidies and Investment Screening',
    'Our review of the guidance suggests three recurring problems:',
    '1. Firms must now document the origin of every input.',
    '2. Certificates issued under one version are not always accepted.',
  ].join('\n');
  const segments = segmentPages([page(9, body)], [false]);
  assert.deepEqual(
    segments.map((s) => [s.type, s.text, s.marker ?? null]),
    [
      ['paragraph', 'What is new is the explicit use of public money to steer these decisions.', null],
      ['heading', '4.2 Subsidies and Investment Screening', null],
      ['paragraph', 'Our review of the guidance suggests three recurring problems:', null],
      ['list-item', 'Firms must now document the origin of every input.', '1.'],
      ['list-item', 'Certificates issued under one version are not always accepted.', '2.'],
    ],
  );
  assert.equal(segments[1]!.style, 'decimal');
  assert.equal(segments[1]!.level, 2);
});

const P43 = [
  'The political economy of relocation differs from its pure cost logic. Firms that moved final',
  'assembly out of China after 2018 did not, in most cases, choose the lowest-cost location',
  'available to them. What is new is the explicit use of public money to steer these decisions,',
  'and the inter-',
].join('\n');
const P44 = [
  'national dimension of the problem that firms face when they choose where to locate their final',
  'assembly lines and their suppliers in the region.',
  '4.2 Subsidies and Investment Screening',
].join('\n');
const P45 = 'Public support for relocation has been substantial in the economies we study.';

test('a paragraph runs on across a page break, which is recorded at its offset', () => {
  const segments = segmentPages([page(43, P43), page(44, P44), page(45, P45)], [false, true, true]);
  assert.equal(segments.length, 3);
  const [para] = segments;
  assert.equal(para!.page, 43);
  assert.match(para!.text, /and the international dimension of the problem/);
  assert.equal(para!.breaks.length, 1);
  const { offset, page: at } = para!.breaks[0]!;
  assert.equal(at, 44);
  // The break is never inside the word rejoined across it.
  assert.ok(para!.text.slice(offset).startsWith('dimension of the problem'), para!.text.slice(offset));
  assert.equal(segments[1]!.page, 44);
  assert.equal(segments[2]!.page, 45);
  assert.deepEqual(segments[2]!.breaks, [], 'a paragraph that starts on its page has no break');
});

test('a page break between whole words falls at the first word of the new page', () => {
  const segments = segmentPages(
    [
      page(10, 'Firms that moved final assembly out of China after 2018 did not choose the lowest-cost'),
      page(11, 'location available to them in the region.'),
    ],
    [false, true],
  );
  assert.equal(segments.length, 1);
  const { text, breaks } = segments[0]!;
  assert.deepEqual(breaks, [{ offset: text.indexOf('location'), page: 11 }]);
});

test('text is never joined across pages missing from the collection', () => {
  const segments = segmentPages([page(43, P43), page(46, P44)], [false, false]);
  assert.equal(segments[0]!.text.endsWith('and the inter-'), true);
  assert.ok(segments[1]!.text.startsWith('national dimension'));
  assert.equal(segments[1]!.page, 46);
  assert.equal(segments[1]!.source, 'p46.txt');
  assert.ok(segments.every((s) => s.breaks.length === 0));
});
