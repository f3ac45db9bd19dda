import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkEntryLinks from '../../src/markdown/entry-links.ts';
import { render } from '../helpers/render.ts';

test('an entry of a printed reference list opens with the anchor its citations lead to, and shows nothing else', async () => {
  const { html } = await render('Lund, T. (2018a). Frequency as a service attribute. :entry{ref="lund-2018a"}', [remarkEntryLinks]);
  assert.equal(html.trim(), '<p><span id="work-lund-2018a"></span>Lund, T. (2018a). Frequency as a service attribute.</p>');
});

test('a numbered entry opens with the anchor its "[3]" citations lead to', async () => {
  const { html } = await render('3. Office for Transport Statistics. National travel survey. :entry{ref="p-ref-3" n="3"}', [remarkEntryLinks]);
  assert.match(html, /<li><span id="work-p-ref-3"><\/span><span id="ref-3"><\/span>Office for Transport Statistics/);
});

test("a printed entry's DOI and address lead out, without the full stop after them", async () => {
  const { html } = await render('Kovač A. Weekend timetables. 2019;74\\:112–20. https://doi.org/10.5555/jtg.2019.0112. Also doi\\:10.5555/x(1)2, see (https://example.org/a). :entry{ref="k-2019"}', [remarkEntryLinks]);
  assert.match(html, /<a href="https:\/\/doi\.org\/10\.5555\/jtg\.2019\.0112" class="outbound" rel="noopener">https:\/\/doi\.org\/10\.5555\/jtg\.2019\.0112<\/a>\. Also /);
  assert.match(html, /<a href="https:\/\/doi\.org\/10\.5555\/x\(1\)2" class="outbound" rel="noopener">doi:10\.5555\/x\(1\)2<\/a>, see \(<a href="https:\/\/example\.org\/a" class="outbound" rel="noopener">https:\/\/example\.org\/a<\/a>\)\.<\/p>/);
});

test('an entry with a malformed key is reported on the file', async () => {
  const { messages } = await render('x :entry{ref="Bad Key"}', [remarkEntryLinks]);
  assert.deepEqual(messages, ['reference entry without a valid key: "Bad Key"']);
});
