import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toBodyLine } from '../../../src/ingest/stages/page.ts';
import { continuesRunningHead, parseRunningHead } from '../../../src/ingest/stages/running-head.ts';
import { printedWidth } from '../../../src/shared/text-shape.ts';

const line = (text: string, number = 1) => toBodyLine({ number, text });

test('"Author: Title" gives the author (family name first for Chinese names) and the title', () => {
  assert.deepEqual(parseRunningHead('Li Ting: The Impact of US-China Trade Friction on Global Value Chains: A Study'), {
    authors: [{ family: 'Li', given: 'Ting' }],
    title: 'The Impact of US-China Trade Friction on Global Value Chains: A Study',
  });
});

test('several authors joined by "and"', () => {
  assert.deepEqual(parseRunningHead('Maria Gonzalez and Peter Okafor: Digital Trade and Services'), {
    authors: [
      { family: 'Gonzalez', given: 'Maria' },
      { family: 'Okafor', given: 'Peter' },
    ],
    title: 'Digital Trade and Services',
  });
});

test('"et al." is dropped from the authors', () => {
  const head = parseRunningHead('Chen Wei et al.: Friend-Shoring, Regional Trade Agreements and the Relocation of Electronics');
  assert.deepEqual(head?.authors, [{ family: 'Chen', given: 'Wei' }]);
  assert.equal(head?.title, 'Friend-Shoring, Regional Trade Agreements and the Relocation of Electronics');
});

test('a sentence with a colon is not a running head', () => {
  assert.equal(parseRunningHead('Note: this is a sentence about trade.'), undefined);
  assert.equal(parseRunningHead('Li Ting: the impact of trade friction on value chains'), undefined, 'title not in title case');
  assert.equal(parseRunningHead('Li Ting: The Impact. The Study Of Trade'), undefined, 'a sentence break inside');
  assert.equal(parseRunningHead('Table 1: Trade Flows by Region'), undefined, 'not a person');
  assert.equal(parseRunningHead('Li Ting The Impact of Trade'), undefined, 'no colon');
  assert.equal(parseRunningHead('Li Ting: '), undefined, 'no title');
});

const head = line('Chen Wei et al.: Friend-Shoring, Regional Trade Agreements and the Relocation of Electronics');
const measure = printedWidth(head.clean);

test('a head that fills the measure continues onto a title-case line', () => {
  assert.equal(continuesRunningHead(head, line('Assembly in Southeast Asia', 2), measure), true);
});

test('a short head does not wrap', () => {
  const short = line('Li Ting: Trade Friction');
  assert.equal(continuesRunningHead(short, line('Assembly in Southeast Asia', 2), measure), false);
});

test('a numbered heading, a sentence or a blank line after the head is not its continuation', () => {
  assert.equal(continuesRunningHead(head, line('4.2 Subsidies and Investment Screening', 2), measure), false);
  assert.equal(continuesRunningHead(head, line('The political economy of relocation differs from its pure cost logic.', 2), measure), false);
  assert.equal(continuesRunningHead(head, line('', 2), measure), false);
  assert.equal(continuesRunningHead(head, undefined, measure), false);
});
