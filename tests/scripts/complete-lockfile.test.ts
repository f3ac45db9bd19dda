import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { completeLockfile, platformOf } from '../../scripts/complete-lockfile.ts';
import { ROOT } from '../helpers/corpus.ts';

test('missing optional binaries are added for their own platform only', () => {
  const lock = { packages: { '': {}, 'node_modules/pagefind': { version: '1.6.0', optionalDependencies: { '@pagefind/darwin-arm64': '1.6.0', '@pagefind/linux-x64': '1.6.0' } }, 'node_modules/@pagefind/linux-x64': { version: '1.6.0' } } };
  assert.deepEqual(completeLockfile(lock), ['@pagefind/darwin-arm64@1.6.0']);
  assert.deepEqual(lock.packages['node_modules/@pagefind/darwin-arm64' as keyof typeof lock.packages], { version: '1.6.0', optional: true, os: ['darwin'], cpu: ['arm64'] });
  assert.deepEqual(platformOf('@astrojs/compiler-binding-linux-arm64-musl'), { os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
  assert.deepEqual(platformOf('@pagefind/windows-x64'), { os: ['win32'], cpu: ['x64'] });
});

test('the committed lockfile is complete, so `npm ci` validates on a fresh clone', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  assert.deepEqual(completeLockfile(lock), []);
});
