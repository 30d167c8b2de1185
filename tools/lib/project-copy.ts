import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (this file is tools/lib/project-copy.ts). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Outputs, caches and installed packages: never part of a copy. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  'releases',
  'current',
  '.git',
  '.astro',
  '.cache',
  'coverage',
  'test-results',
  'test-reports',
  'bench-results',
  'playwright-report',
]);

/** Caches Astro and Vite keep in node_modules: each copy gets its own, starting empty. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project into a new temporary folder so a build there cannot touch this checkout:
 * the sources are copied (`without` leaves more top-level entries out, such as "content" for a
 * fixture that writes its own; `root` copies another checkout, such as an older commit for
 * `npm run bench:build -- --compare`), and node_modules is linked entry by entry, so installed
 * packages are shared while Astro's and Vite's caches are the copy's own. Returns the folder;
 * the caller removes it.
 */
export function copyProject({
  prefix = 'strong-miles-copy-',
  without = [],
  root = PROJECT_ROOT,
}: { prefix?: string; without?: readonly string[]; root?: string } = {}): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of readdirSync(root)) {
    if (!NOT_COPIED.has(entry) && !without.includes(entry))
      cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  mkdirSync(path.join(copy, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (!OWN_CACHES.has(entry))
      symlinkSync(path.join(root, 'node_modules', entry), path.join(copy, 'node_modules', entry));
  }
  return copy;
}
