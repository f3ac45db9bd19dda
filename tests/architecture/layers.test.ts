/**
 * The layout shows the pipeline, and no module imports from a layer above
 * its own. Two branches rest on the shared modules and the model: the ingest
 * (stages -> Markdown writer -> the pipeline -> the commands that run it) and
 * the reader (remark plugins -> build machinery -> derivations -> pages and
 * components -> client scripts). Neither branch imports from the other.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus.ts';

const SRC = join(ROOT, 'src');

/** Layers in pipeline order: [path prefix under src/, rank, branch]. */
const LAYERS: [string, number, 'base' | 'ingest' | 'reader'][] = [
  ['shared/', 0, 'base'],
  ['model/', 1, 'base'],
  ['ingest/stages/', 2, 'ingest'],
  ['ingest/write/', 3, 'ingest'],
  ['ingest/pipeline.ts', 4, 'ingest'],
  ['ingest/run/', 5, 'ingest'],
  ['resolve/', 5, 'ingest'],
  ['markdown/', 2, 'reader'],
  ['build/', 3, 'reader'],
  ['lib/', 4, 'reader'],
  ['components/', 5, 'reader'],
  ['layouts/', 5, 'reader'],
  ['pages/', 5, 'reader'],
  ['content.config.ts', 5, 'reader'],
  ['styles/', 5, 'reader'],
  ['scripts/', 6, 'reader'],
  ['env.d.ts', 6, 'reader'],
  ['types/', 0, 'base'],
];

function layerOf(path: string): (typeof LAYERS)[number] {
  const layer = LAYERS.find(([prefix]) => path.startsWith(prefix));
  assert.ok(layer, `src/${path} is in no layer: add its folder to the layer list (and to docs/architecture.md)`);
  return layer;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]|new URL\(\s*['"](\.[^'"]+\.ts)['"]/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

test('every module imports only from its own layer or those below it, and never across the ingest/reader branches', () => {
  const wrong: string[] = [];
  for (const file of sources(SRC)) {
    const from = relative(SRC, file);
    const [, rank, branch] = layerOf(from);
    // A page or component includes its client script in a <script> tag: the script enhances the page, not a dependency of it.
    const text = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (script) => (/from\s*['"][^'"]*scripts\//.test(script) || /import\s*['"][^'"]*scripts\//.test(script) ? '' : script));
    for (const m of text.matchAll(IMPORT)) {
      const target = relative(SRC, normalize(join(dirname(file), (m[1] ?? m[2] ?? m[3])!)));
      if (target.startsWith('..')) continue;
      const [, toRank, toBranch] = layerOf(target);
      const across = toBranch !== 'base' && branch !== 'base' && toBranch !== branch;
      if (toRank > rank && toBranch === branch) wrong.push(`${from} imports ${target}, a layer above it`);
      else if (across) wrong.push(`${from} (${branch}) imports ${target} (${toBranch})`);
      else if (branch === 'base' && toBranch !== 'base') wrong.push(`${from} (shared) imports ${target} (${toBranch})`);
      else if (branch === 'base' && toRank > rank) wrong.push(`${from} imports ${target}, a layer above it`);
    }
  }
  assert.deepEqual(wrong, []);
});
