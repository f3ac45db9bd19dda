import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSource } from '../../../src/ingest/stages/read-source.ts';
import { parseWebPage } from '../../../src/ingest/stages/web-page.ts';

const parse = (text: string, name = 'web.txt') => parseWebPage(readSource(name, Buffer.from(text)));
const dropped = (p: ReturnType<typeof parseWebPage>) => p.dropped.map((d) => [d.line_number, d.reason, d.line]);
const body = (p: ReturnType<typeof parseWebPage>) => p.body.filter((l) => l.clean !== '').map((l) => [l.number, l.clean]);

const ARTICLE = `Home | Research | Commentary | Data
Menu

Rules of Origin Under Strain

By Anna Schmidt and Peter Okafor

2025-03-14

Rules of Origin Under Strain0

Rules of origin rarely make headlines, yet they decide whether a product qualifies for a preferential tariff or pays the full rate.

Why Cumulation Matters

Exporters had to choose, shipment by shipment, which set of rules to follow for every consignment.

Share
© 2025 Trade Policy Watch. All rights reserved.
Back to top
`;

test('site furniture before and after the article is removed with reasons and line numbers', () => {
  const p = parse(ARTICLE);
  assert.deepEqual(dropped(p), [
    [1, 'site-navigation', 'Home | Research | Commentary | Data'],
    [2, 'site-navigation', 'Menu'],
    [4, 'title', 'Rules of Origin Under Strain'],
    [6, 'byline', 'By Anna Schmidt and Peter Okafor'],
    [8, 'front-matter', '2025-03-14'],
    [10, 'title', 'Rules of Origin Under Strain0'],
    [18, 'site-navigation', 'Share'],
    [19, 'site-navigation', '© 2025 Trade Policy Watch. All rights reserved.'],
    [20, 'site-navigation', 'Back to top'],
  ]);
  assert.ok(p.dropped.every((d) => d.source === 'web.txt'));
});

test('the article body keeps its paragraphs and the heading between them', () => {
  assert.deepEqual(body(parse(ARTICLE)), [
    [12, 'Rules of origin rarely make headlines, yet they decide whether a product qualifies for a preferential tariff or pays the full rate.'],
    [14, 'Why Cumulation Matters'],
    [16, 'Exporters had to choose, shipment by shipment, which set of rules to follow for every consignment.'],
  ]);
});

test('title, authors and date become facts; a web article has no page number', () => {
  const p = parse(ARTICLE);
  assert.equal(p.kind, 'web-article');
  assert.equal(p.number, null);
  assert.deepEqual(p.facts, {
    title: 'Rules of Origin Under Strain',
    authors: [
      { family: 'Schmidt', given: 'Anna' },
      { family: 'Okafor', given: 'Peter' },
    ],
    issued: { 'date-parts': [[2025, 3, 14]] },
  });
});

test('labelled author and date lines', () => {
  const p = parse(
    'Rules of Origin Under Strain\nPosted: 2025/3/14\nAuthor: Anna Schmidt & Peter Okafor\nRules of origin rarely make headlines, yet they decide whether a product qualifies for a preferential tariff.\n',
  );
  assert.deepEqual(p.facts.issued, { 'date-parts': [[2025, 3, 14]] });
  assert.deepEqual(p.facts.authors?.map((a) => a.family), ['Schmidt', 'Okafor']);
  assert.equal(p.facts.title, 'Rules of Origin Under Strain');
});

test('a Chinese article: title, 作者 and 发布时间 lines', () => {
  const p = parse(
    'Home\n全球价值链的重塑\n作者：李婷\n发布时间：2024年5月3日\n全球价值链在过去十年中经历了深刻的变化，贸易摩擦、技术进步和疫情冲击共同推动了生产网络的重新布局，这一过程仍在继续，并将在未来十年中继续影响各国的产业政策。\n',
  );
  assert.equal(p.facts.title, '全球价值链的重塑');
  assert.deepEqual(p.facts.authors, [{ family: '李婷' }]);
  assert.deepEqual(p.facts.issued, { 'date-parts': [[2024, 5, 3]] });
  assert.deepEqual(dropped(p).map(([n, reason]) => [n, reason]), [
    [1, 'site-navigation'],
    [2, 'title'],
    [3, 'byline'],
    [4, 'front-matter'],
  ]);
  assert.equal(body(p).length, 1);
});

test('a page without author or date line has no such facts', () => {
  const p = parse('Tariffs and Trade\n\nTariffs rose sharply in 2018 and most of them are still in place today, several years on.\n');
  assert.equal(p.facts.title, 'Tariffs and Trade');
  assert.equal(p.facts.authors, undefined);
  assert.equal(p.facts.issued, undefined);
});

test(
  'a title ending in a year is still recognised when repeated with a footnote marker',
  () => {
    const p = parse(
      'What Changed in 2024\n\nWhat Changed in 20240\n\nRules of origin rarely make headlines, yet they decide whether a product qualifies for a preferential tariff.\n',
    );
    assert.deepEqual(dropped(p).map(([n, reason]) => [n, reason]), [
      [1, 'title'],
      [3, 'title'],
    ]);
  },
);
