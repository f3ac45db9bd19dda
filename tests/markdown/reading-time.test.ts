import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkReadingTime from '../../src/markdown/reading-time.ts';

function minutesFor(markdown: string, frontmatter: Record<string, unknown> = { pages: [{}] }): unknown {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkReadingTime);
  processor.runSync(processor.parse(markdown), { data: { astro: { frontmatter } } } as never);
  return frontmatter.readingMinutes;
}

test('about 230 words a minute, counting headings, lists and citation text', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  assert.equal(minutesFor(`## ${words(10)}\n\n${words(1100)}\n\n- ${words(40)}\n\n:cite[${words(300)}]{ref="x"}`), 6);
  assert.equal(minutesFor(words(2300)), 10);
});

test('a short paper still takes a minute; page markers and punctuation are not words', () => {
  assert.equal(minutesFor(':page{n="43"}One — two.\n\n::missing-pages{from="1" to="3"}'), 1);
});

test('only papers get a reading time', () => {
  assert.equal(minutesFor('Some words here.', { term: 'Reshoring' }), undefined);
});
