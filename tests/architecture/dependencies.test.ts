/**
 * Dependency hygiene: every package the code imports is declared, what the
 * site needs in `dependencies` and what only tests and the benchmark need in
 * `devDependencies`; nothing is declared that nothing uses.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
/** Used by name rather than imported: command-line tools, type packages, a browser script injected by path. */
const BY_NAME = new Set(['astro', 'pagefind', 'node', 'typescript', '@astrojs/check', 'axe-core']);
const BUILTIN = /^(node:|astro:|virtual:)/;

function files(dir: string, skip: RegExp = /node_modules|bench\/work/): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mjs|css)$/.test(f) && !skip.test(f) && statSync(join(ROOT, dir, f)).isFile())
    .map((f) => join(ROOT, dir, f));
}

function packagesImported(paths: string[]): Set<string> {
  const out = new Set<string>();
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    const specs = [
      ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"./][^'"]*)['"]/gm),
      ...text.matchAll(/^\s*import\s*['"]([^'"./][^'"]*)['"]/gm),
      ...text.matchAll(/\bimport\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g),
      // A stylesheet's @import of a package (the self-hosted fonts).
      ...text.matchAll(/^\s*@import\s+['"]([^'"./][^'"]*)['"]/gm),
    ].map((m) => m[1]!);
    for (const spec of specs) {
      if (BUILTIN.test(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      // Types of a package that ships none (`import type { Root } from 'mdast'`) come from @types.
      out.add(name in pkg.dependencies || name in pkg.devDependencies || !(`@types/${name}` in pkg.devDependencies) ? name : `@types/${name}`);
    }
  }
  return out;
}

const site = packagesImported([...files('src'), join(ROOT, 'astro.config.mjs'), join(ROOT, 'folio.config.ts')]);
const tooling = packagesImported([...files('tests'), ...files('bench'), ...files('scripts')]);

test('every package the site imports is a dependency', () => {
  // Types are needed to check the code, not to build the site: @types stay dev dependencies.
  assert.deepEqual([...site].filter((p) => !(p in pkg.dependencies) && !(p.startsWith('@types/') && p in pkg.devDependencies)).sort(), []);
});

test('every package tests, the benchmark and scripts import is declared', () => {
  assert.deepEqual([...tooling].filter((p) => !(p in pkg.dependencies) && !(p in pkg.devDependencies)).sort(), []);
});

test('no dependency is there for tests alone, and none is declared that nothing uses', () => {
  const unused = Object.keys(pkg.dependencies).filter((p) => !site.has(p) && !BY_NAME.has(p));
  assert.deepEqual(unused.sort(), [], 'dependencies the site never imports (move to devDependencies, or remove)');
  const unusedDev = Object.keys(pkg.devDependencies).filter((p) => !tooling.has(p) && !site.has(p) && !BY_NAME.has(p) && !p.startsWith('@types/'));
  assert.deepEqual(unusedDev.sort(), [], 'devDependencies nothing imports');
});
