/**
 * "Cite this" for a web article gives its site, URL and access date, from the
 * curator's sidecar (`URL`, `container-title`, `accessed`): what the page
 * itself does not print.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Paper } from '../../src/model/schema.ts';
import { ROOT, SOURCES } from '../helpers/corpus.ts';
import { ingestJsonText } from '../helpers/ingest-json.ts';

function ingestWith(sidecar: string) {
  const dir = mkdtempSync(join(tmpdir(), 'folio-web-cite-'));
  copyFileSync(join(SOURCES, '002_2a29fe1bde96cbf5.txt'), join(dir, 'zhang.txt'));
  writeFileSync(join(dir, 'zhang.yaml'), sidecar);
  const r = spawnSync(process.execPath, [join(ROOT, 'src/ingest/run/cli.ts'), '--json', join(dir, 'zhang.txt')], { encoding: 'utf8' });
  return { ...r, paper: r.status === 0 ? (JSON.parse(r.stdout) as { papers: Paper[] }).papers[0]! : undefined };
}

test('a web article cited with its site, URL and the date it was read', () => {
  const { paper, stderr } = ingestWith('URL: https://www.example.org/articles/supply-chains\ncontainer-title: China International Studies Online\naccessed: 2026-12-03\n');
  assert.ok(paper, stderr);
  assert.deepEqual(paper.accessed, { 'date-parts': [[2026, 12, 3]] });
  assert.equal(
    paper.formatted.apa,
    'Zhang, L. (n.d.). <i>Global industrial and supply chain restructuring: Background, characteristics and development trends</i>. China International Studies Online. Retrieved December 3, 2026, from https://www.example.org/articles/supply-chains',
  );
  assert.match(paper.formatted.chicago ?? '', /<i>China International Studies Online<\/i>\. https:\/\/www\.example\.org\/articles\/supply-chains\.$/u);
  assert.match(paper.formatted.ris ?? '', /^UR {2}- https:\/\/www\.example\.org\/articles\/supply-chains$/mu);
  assert.match(paper.formatted.bibtex ?? '', /accessed 2026-12-03/u);
});

test('an access date written otherwise is refused with the file, the line and the form it takes', () => {
  const { status, stderr } = ingestWith('accessed: 3 December 2026\n');
  assert.equal(status, 1);
  assert.match(stderr, /zhang\.yaml:1: accessed: a date written YYYY-MM-DD, such as 2026-12-03/u);
});

test('a web article cited from what the page prints: its date, its site ("Source: …") and its address, not the site\'s section list', () => {
  // Our own words (site, names and address invented), in the shape of an article page saved from
  // a browser: the site's lines before the headline and a byline as in tests/corpus/web/conversation-en-1
  // (layout web-conversation), the "Published: …" line of tests/corpus/web/springer-en-1
  // (web-springer-nature), then a source line and the address on its own line as reposting sites
  // print them, the text, and a share widget. Both layouts are tuning layouts.
  const paper = ingestJsonText(
    'ports.txt',
    'Home | News | Economy | About us\n\nPorts of the North Sea Compete for Transshipment\n\nBy Anna Berg\nPublished: 14 March 2024\nSource: Baltic Trade Review\nhttps://www.baltictrade.example/ports-north-sea\n\nThe container terminals of the North Sea have spent the last five years in a quiet race for transshipment cargo, and the smaller ports have mostly lost it to the three largest harbours of the region.\n\nShare this article\n',
  ).papers[0]!;
  assert.equal(paper.title, 'Ports of the North Sea Compete for Transshipment');
  assert.deepEqual(paper.issued, { 'date-parts': [[2024, 3, 14]] });
  assert.equal(paper['container-title'], 'Baltic Trade Review');
  assert.equal(paper.URL, 'https://www.baltictrade.example/ports-north-sea');
  assert.equal(paper.formatted.apa, 'Berg, A. (2024, March 14). <i>Ports of the North Sea compete for transshipment</i>. Baltic Trade Review. https://www.baltictrade.example/ports-north-sea');
  assert.deepEqual(paper.dropped.find((d) => d.line_number === 1)?.reason, 'site-navigation');
});
