import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Segment } from '../../../src/ingest/stages/segment.ts';
import { runInHeading, structureBlocks } from '../../../src/ingest/stages/structure.ts';

const heading = (text: string, style: Segment['style'], level?: number): Segment => ({
  type: 'heading',
  text,
  page: 3,
  style,
  ...(level ? { level } : {}),
  breaks: [],
  source: 'p3.txt',
  line: 1,
});
const paragraph = (text: string, extra: Partial<Segment> = {}): Segment => ({
  type: 'paragraph',
  text,
  page: 3,
  breaks: [],
  source: 'p3.txt',
  line: 1,
  ...extra,
});
const depths = (segments: Segment[]) =>
  structureBlocks(segments)
    .filter((b) => b.type === 'heading')
    .map((b) => [b.text, b.depth]);

test('numbered headings nest by their numbers, starting at h2', () => {
  assert.deepEqual(
    depths([
      heading('1. Introduction', 'decimal', 1),
      paragraph('Text.'),
      heading('1.1 Background', 'decimal', 2),
      heading('1.1.1 Earlier Waves', 'decimal', 3),
      heading('2. Data', 'decimal', 1),
      heading('2.1 Sources', 'decimal', 2),
    ]),
    [
      ['1. Introduction', 2],
      ['1.1 Background', 3],
      ['1.1.1 Earlier Waves', 4],
      ['2. Data', 2],
      ['2.1 Sources', 3],
    ],
  );
});

test('heading depths never skip a level', () => {
  const cases: Segment[][] = [
    // A fragment that opens on a sub-section.
    [heading('2.3 Trade Effects', 'decimal', 2), heading('2.3.1 Tariffs', 'decimal', 3)],
    // Roman parts, lettered sections, plain headings.
    [heading('II. Literature', 'roman'), heading('A. Theory', 'letter'), heading('Why It Matters', 'plain'), heading('B. Evidence', 'letter'), heading('III. Data', 'roman')],
    // A number that jumps two levels at once.
    [heading('1. Introduction', 'decimal', 1), heading('1.1.1 Detail', 'decimal', 3)],
  ];
  for (const segments of cases) {
    let previous = 1;
    for (const [text, depth] of depths(segments)) {
      assert.ok(typeof depth === 'number' && depth >= 2 && depth <= 6, `${text}: depth ${depth}`);
      assert.ok(depth <= previous + 1, `${text}: depth ${depth} after ${previous}`);
      previous = depth;
    }
  }
  assert.deepEqual(depths(cases[0]!), [
    ['2.3 Trade Effects', 2],
    ['2.3.1 Tariffs', 3],
  ]);
  assert.deepEqual(depths(cases[1]!).map(([, d]) => d), [2, 3, 4, 3, 2]);
});

test(
  'a section number shallower than the first heading of a fragment is not nested under it',
  () => {
    assert.deepEqual(
      depths([heading('4.2 Subsidies and Investment Screening', 'decimal', 2), paragraph('Text.'), heading('5. Conclusion', 'decimal', 1)]),
      [
        ['4.2 Subsidies and Investment Screening', 2],
        ['5. Conclusion', 2],
      ],
    );
  },
);

test('a run-in heading is split off its paragraph', () => {
  const blocks = structureBlocks([
    heading('2. Literature', 'decimal', 1),
    paragraph(
      'Review of the Basic Concepts of the Global Value Chain. The concept of the global value chain was first articulated by Gereffi and Korzeniewicz in 1994.',
    ),
  ]);
  assert.deepEqual(blocks.slice(1).map(({ source: _source, ...b }) => b), [
    { id: 'b2', type: 'heading', text: 'Review of the Basic Concepts of the Global Value Chain.', page: 3, depth: 3, run_in: true },
    {
      id: 'b3',
      type: 'paragraph',
      text: 'The concept of the global value chain was first articulated by Gereffi and Korzeniewicz in 1994.',
      page: 3,
    },
  ]);
});

test('page breaks inside a split paragraph keep pointing at the same text', () => {
  const text = 'Review of the Basic Concepts of the Global Value Chain. The concept of the global value chain was first articulated.';
  const at = text.indexOf('global value chain was');
  const blocks = structureBlocks([paragraph(text, { breaks: [{ offset: at, page: 4 }] })]);
  const rest = blocks[1]!;
  assert.equal(rest.breaks?.length, 1);
  assert.equal(rest.breaks![0]!.page, 4);
  assert.ok(rest.text.slice(rest.breaks![0]!.offset).startsWith('global value chain was'));
});

test('runInHeading: only a title-case phrase followed by more text', () => {
  assert.equal(
    runInHeading('Data Sources and Methods: We use customs records from 40 economies.'),
    'Data Sources and Methods:',
  );
  assert.equal(runInHeading('The firms moved. The states followed them abroad.'), undefined);
  assert.equal(runInHeading('Review of the Basic Concepts of the Global Value Chain.'), undefined, 'nothing follows');
  assert.equal(runInHeading('In the United States. Firms moved.'), undefined, 'too few content words');
});

test('blocks are numbered b1..bn in order and keep markers and breaks', () => {
  const blocks = structureBlocks([
    heading('1. Introduction', 'decimal', 1),
    paragraph('Firms moved.', { breaks: [{ offset: 6, page: 4 }] }),
    { ...paragraph('First item.'), type: 'list-item', marker: '1.' },
    paragraph('Review of the Basic Concepts of the Global Value Chain. The concept was new.'),
    paragraph('Done.'),
  ]);
  assert.deepEqual(
    blocks.map((b) => b.id),
    ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'],
  );
  const { source: _s1, ...b1 } = blocks[1]!;
  const { source: _s2, ...b2 } = blocks[2]!;
  assert.equal(_s1, 'p3.txt', 'a block names the source file it begins in');
  assert.deepEqual(b1, { id: 'b2', type: 'paragraph', text: 'Firms moved.', page: 3, breaks: [{ offset: 6, page: 4 }] });
  assert.deepEqual(b2, { id: 'b3', type: 'list-item', text: 'First item.', page: 3, marker: '1.' });
  assert.equal(blocks[3]!.run_in, true);
  assert.equal(blocks[5]!.text, 'Done.');
});
