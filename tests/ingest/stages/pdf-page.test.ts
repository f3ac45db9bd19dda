import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikePdfPage, parsePdfPage } from '../../../src/ingest/stages/pdf-page.ts';
import { readSource } from '../../../src/ingest/stages/read-source.ts';

const page = (name: string, text: string) => readSource(name, Buffer.from(text));
const body = (p: ReturnType<typeof parsePdfPage>) => p.body.filter((l) => l.clean !== '').map((l) => [l.number, l.clean]);
const dropped = (p: ReturnType<typeof parsePdfPage>) => p.dropped.map((d) => [d.line_number, d.reason, d.line]);

const ODD = `Page 43 - Azerbaijan State University of Economics
P. 43
Li Ting: The Impact of US-China Trade Friction on the Global Value Chain of Electronics
Manufacturing in East Asia
The political economy of relocation differs from its pure cost logic. Firms that moved final
assembly out of China after 2018 did not, in most cases, choose the lowest-cost location
available to them; they chose locations that their home governments regarded as reliable.

43
`;

const EVEN = `Page 52 - Azerbaijan State University of Economics
THE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE, V.83, # 1, 2026, pp. 40-57
components from partner economies, which ties the subsidy to the supply chain (Kim and
Park, 2022). Investment screening works in the opposite direction: it raises the cost of
acquisitions by firms from non-aligned countries.
52`;

test('odd page: viewer line, page label, wrapped running head and foot number are removed with reasons', () => {
  const p = parsePdfPage(page('odd.txt', ODD));
  assert.deepEqual(dropped(p), [
    [1, 'viewer-line', 'Page 43 - Azerbaijan State University of Economics'],
    [2, 'viewer-line', 'P. 43'],
    [3, 'running-head', 'Li Ting: The Impact of US-China Trade Friction on the Global Value Chain of Electronics'],
    [4, 'running-head', 'Manufacturing in East Asia'],
    [9, 'folio', '43'],
  ]);
  assert.ok(p.dropped.every((d) => d.source === 'odd.txt'));
  assert.deepEqual(body(p), [
    [5, 'The political economy of relocation differs from its pure cost logic. Firms that moved final'],
    [6, 'assembly out of China after 2018 did not, in most cases, choose the lowest-cost location'],
    [7, 'available to them; they chose locations that their home governments regarded as reliable.'],
  ]);
});

test('odd page: facts from the furniture', () => {
  const p = parsePdfPage(page('odd.txt', ODD));
  assert.equal(p.kind, 'pdf-page');
  assert.equal(p.source, 'odd.txt');
  assert.equal(p.number, 43);
  assert.match(p.sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(p.facts.runningHead, {
    authors: [{ family: 'Li', given: 'Ting' }],
    title: 'The Impact of US-China Trade Friction on the Global Value Chain of Electronics Manufacturing in East Asia',
  });
  assert.equal(p.facts.viewer, 'Azerbaijan State University of Economics');
  assert.equal(p.facts.publisher, 'Azerbaijan State University of Economics');
  assert.equal(p.facts.journal, undefined);
});

test('even page: the journal line is removed and gives the journal facts', () => {
  const p = parsePdfPage(page('even.txt', EVEN));
  assert.deepEqual(dropped(p), [
    [1, 'viewer-line', 'Page 52 - Azerbaijan State University of Economics'],
    [2, 'journal-line', 'THE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE, V.83, # 1, 2026, pp. 40-57'],
    [6, 'folio', '52'],
  ]);
  assert.equal(p.number, 52);
  assert.deepEqual(p.facts.journal, {
    containerTitle: 'The Journal of Economic Sciences: Theory and Practice',
    volume: '83',
    issue: '1',
    year: 2026,
    firstPage: 40,
    lastPage: 57,
  });
  assert.equal(p.facts.runningHead, undefined);
  assert.deepEqual(body(p).map(([n]) => n), [3, 4, 5]);
});

test('a viewer that is not an institution is no publisher', () => {
  const p = parsePdfPage(page('v.txt', 'Page 3 | FlipHTML5\nTrade between partners grew steadily through the decade.\n3'));
  assert.equal(p.facts.viewer, 'FlipHTML5');
  assert.equal(p.facts.publisher, undefined);
  assert.equal(p.number, 3);
});

test('the viewer line gives the page number before the foot does', () => {
  const p = parsePdfPage(page('n.txt', 'Page 12 - Institute of Asian Economic Studies\nTrade between partners grew steadily.\n13'));
  assert.equal(p.number, 12);
});

test('a page without furniture keeps every line and has no number', () => {
  const p = parsePdfPage(page('plain.txt', 'Some text with no furniture at all.\nMore text follows here.'));
  assert.equal(p.number, null);
  assert.deepEqual(p.dropped, []);
  assert.deepEqual(body(p), [
    [1, 'Some text with no furniture at all.'],
    [2, 'More text follows here.'],
  ]);
});

test('a sentence in the body is never taken for a running head', () => {
  const p = parsePdfPage(page('s.txt', 'P. 7\nNote: the figures below are in constant 2015 dollars.\nTrade grew.\n7'));
  assert.deepEqual(body(p).map(([, t]) => t), ['Note: the figures below are in constant 2015 dollars.', 'Trade grew.']);
  assert.equal(p.facts.runningHead, undefined);
});

test(
  'a "Title: Subtitle" heading opening an even page stays in the body',
  () => {
    const p = parsePdfPage(
      page('h.txt', 'THE JOURNAL OF ECONOMIC SCIENCES: THEORY AND PRACTICE, V.83, # 1, 2026, pp. 40-57\nPolicy Lessons: Trade and Growth\nPublic support for relocation has been substantial.\n44'),
    );
    assert.equal(p.facts.runningHead, undefined);
    assert.equal(body(p)[0]![1], 'Policy Lessons: Trade and Growth');
  },
);

test('looksLikePdfPage: pages with flipbook furniture, not web articles', () => {
  assert.equal(looksLikePdfPage(page('odd.txt', ODD)), true);
  assert.equal(looksLikePdfPage(page('even.txt', EVEN)), true);
  assert.equal(looksLikePdfPage(page('foot.txt', 'Trade between partners grew steadily.\n\n  17  \n')), true, 'a foot page number alone');
  assert.equal(
    looksLikePdfPage(page('web.txt', 'Home | Research\nRules of Origin Under Strain\n\nRules of origin rarely make headlines, yet they decide a great deal.\nShare')),
    false,
  );
});
