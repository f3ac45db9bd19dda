import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkCitationLinks from '../../src/markdown/citation-links.ts';
import { render } from '../helpers/render.ts';

test("a citation links to the work's entry in the paper's own reference list, keeping the printed text", async () => {
  const { html } = await render('as shown :cite[(Calatayud, 2025)]{ref="calatayud-2025"}.', [remarkCitationLinks]);
  assert.match(html, /<a href="#work-calatayud-2025" class="citation" data-ref="calatayud-2025">\(Calatayud, 2025\)<\/a>\./);
});

test('several works in one parenthesis link separately', async () => {
  const { html } = await render('(:cite[Frey and Rahbari 2016]{ref="frey-rahbari-2016"}, :cite[Frey and Osborne 2017]{ref="frey-osborne-2017"})', [remarkCitationLinks]);
  assert.equal(html.match(/class="citation"/g)?.length, 2);
});

test('a citation with a malformed key is reported on the file', async () => {
  const { messages } = await render(':cite[x]{ref="Bad Key"}', [remarkCitationLinks]);
  assert.deepEqual(messages, ['citation without a valid reference key: "Bad Key"']);
});

test('a numbered citation links to its entry in the paper’s own reference list', async () => {
  const { html } = await render('as shown :cite[[3]]{n="3"} and :cite[[4, p. 119]]{n="4"}', [remarkCitationLinks]);
  assert.match(html, /<a href="#ref-3" class="citation citation-numbered">\[3\]<\/a>/);
  assert.match(html, /<a href="#ref-4" class="citation citation-numbered">\[4, p. 119\]<\/a>/);
});
