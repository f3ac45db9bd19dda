/**
 * `npm run lockfile`: after `npm install`, add the lockfile entries that the
 * registry reachable here cannot give (other platforms' optional binaries of
 * Pagefind and the Astro compiler), so that `npm ci` validates on a fresh
 * clone and other platforms still fetch their own binary by name and version.
 * Each entry is optional and limited to its platform, so Linux skips it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const OS: [RegExp, string][] = [
  [/darwin/, 'darwin'], [/win32|windows/, 'win32'], [/linux/, 'linux'], [/android/, 'android'], [/freebsd/, 'freebsd'],
];
const CPU: [RegExp, string][] = [[/arm64/, 'arm64'], [/x64/, 'x64'], [/wasm32/, 'wasm32']];

/** Platform limits read off a binary package's name ("@pagefind/darwin-arm64"). */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const os = OS.find(([re]) => re.test(name))?.[1];
  const cpu = CPU.find(([re]) => re.test(name))?.[1];
  const libc = /-musl$/.test(name) ? 'musl' : /linux.*-gnu$/.test(name) ? 'glibc' : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

export function completeLockfile(lock: { packages: Record<string, LockEntry> }): string[] {
  const added: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${path}/node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[hoisted]) continue;
      lock.packages[hoisted] = { version, optional: true, ...platformOf(name) };
      added.push(`${name}@${version}`);
    }
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  return added;
}

if (import.meta.main) {
  const file = process.argv[2] ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const added = completeLockfile(lock);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  process.stdout.write(added.length ? `lockfile: added ${added.join(', ')}\n` : 'lockfile: complete\n');
}
