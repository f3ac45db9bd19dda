import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadResolvedBibliography } from '../../src/resolve/bibliography.ts';
import { parseArgs, UsageError } from '../../src/resolve/options.ts';
import { failing } from '../helpers/replay-server.ts';
import { startWorld } from './world.ts';

const CLI = join(import.meta.dirname, '..', '..', 'src', 'resolve', 'cli.ts');

/** Runs the command as npm would, asynchronously (the replay servers live in this process). */
function cli(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, FOLIO_MAILTO: '', FOLIO_OPENALEX_API_KEY: '', ...options.env };
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const fast = (world: { content: string; crossref: { url: string }; openalex: { url: string } }) => [
  '--content', world.content, '--crossref-url', world.crossref.url, '--openalex-url', world.openalex.url,
  '--rate', '1000', '--retries', '1', '--backoff-ms', '1', '--timeout-ms', '2000',
];

test('options: --mailto, else FOLIO_MAILTO; flags and keys; a bad value is a usage error', () => {
  const parsed = parseArgs(['--yes', '--threshold', '0.7', '--dry-run', 'quell-2020'], { FOLIO_MAILTO: 'env@example.org' });
  assert.ok(!parsed.help);
  assert.equal(parsed.options.mailto, 'env@example.org');
  assert.equal(parsed.options.threshold, 0.7);
  assert.deepEqual([parsed.options.yes, parsed.options.dryRun, parsed.options.refresh], [true, true, false]);
  assert.deepEqual(parsed.options.keys, ['quell-2020']);
  assert.equal(parsed.options.bibliographyPath, join('content', 'bibliography.json'));
  const flag = parseArgs(['--mailto', 'flag@example.org'], { FOLIO_MAILTO: 'env@example.org' });
  assert.ok(!flag.help && flag.options.mailto === 'flag@example.org');
  assert.throws(() => parseArgs(['--threshold', '1.5'], {}), (e: unknown) => e instanceof UsageError && /--threshold must be a number from 0 to 1/.test(e.message));
  assert.throws(() => parseArgs(['--mailto', 'nobody'], {}), UsageError);
  assert.throws(() => parseArgs(['--crossref-url', 'ftp://x'], {}), UsageError);
  assert.throws(() => parseArgs(['--frobnicate'], {}), UsageError);
});

test('the command: a usage error is one line and exit code 2', async () => {
  const { code, stderr } = await cli(['--threshold', 'high']);
  assert.equal(code, 2);
  assert.equal(stderr, 'references:resolve: --threshold must be a number from 0 to 1, not "high"\nreferences:resolve: see --help\n');
});

test('the command with --yes writes the bibliography and sends FOLIO_MAILTO', async (t) => {
  const world = await startWorld(['marsh-2021']);
  t.after(() => world.close());
  const { code, stdout, stderr } = await cli([...fast(world), '--yes'], { env: { FOLIO_MAILTO: 'env@example.org' } });
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.match(stdout, /accepted: Quiet Factories/);
  assert.equal(loadResolvedBibliography(join(world.content, 'bibliography.json')).get('marsh-2021')!.DOI, '10.5555/rdi.2021.17');
  assert.equal(world.crossref.requests[0]!.query.mailto, 'env@example.org');
  assert.equal(world.openalex.requests[0]!.query.mailto, 'env@example.org');
});

test('the command reads answers from its input', async (t) => {
  const world = await startWorld(['quell-2020']);
  t.after(() => world.close());
  const { code, stdout } = await cli(fast(world), { input: '1\n' });
  assert.equal(code, 0);
  assert.match(stdout, /Accept which\? \[1-2, Enter = none, q = stop asking\] 1\n {2}accepted: Salt Roads/);
  assert.ok(loadResolvedBibliography(join(world.content, 'bibliography.json')).has('quell-2020'));
});

test('the command when nothing can be looked up: one line per problem, no stack trace, exit code 1', async (t) => {
  const world = await startWorld(['marsh-2021']);
  t.after(() => world.close());
  world.crossref.route({ path: /^\/works/, replies: failing(503) });
  world.openalex.route({ path: /^\/works/, replies: failing(500) });
  const { code, stderr } = await cli([...fast(world), '--yes']);
  assert.equal(code, 1);
  assert.equal(
    stderr,
    'references:resolve: crossref: 503 after 2 tries for "marsh-2021"\nreferences:resolve: openalex: 500 after 2 tries for "marsh-2021"\n',
  );
  assert.equal(existsSync(join(world.content, 'bibliography.json')), false);
});
