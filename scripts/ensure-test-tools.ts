/**
 * The browser and interoperability tests need two Debian programs: Chromium
 * (never a downloaded browser) and pandoc (a BibTeX reader other than
 * citation-js, to check the BibTeX Folio writes). On a fresh machine where we
 * are root, install what is missing with apt; otherwise say how.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/pandoc', pkg: 'pandoc' },
];
const missing = tools.filter((t) => !existsSync(t.path));

if (missing.length > 0) {
  const root = process.getuid?.() === 0;
  const pkgs = missing.map((t) => t.pkg);
  if (!root || !existsSync('/usr/bin/apt-get')) {
    process.stderr.write(`The tests need ${missing.map((t) => t.path).join(' and ')}. Install them (Debian: sudo apt-get install -y ${pkgs.join(' ')}); CHROMIUM_PATH may point at another Chromium.\n`);
    process.exit(1);
  }
  process.stdout.write(`Installing Debian ${pkgs.join(' and ')} for the tests...\n`);
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...pkgs]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
