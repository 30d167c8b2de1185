import {
  existsSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';

/**
 * Atomic releases for a server that serves the build (deploy/nginx.conf, `npm run serve:nginx`):
 * each build goes into its own folder under releases/, is checked there, and only then does the
 * `current` symlink, which the server's root points at, switch to it in one rename. A build that
 * fails or is killed never touches what is being served. Used by tools/deploy/release.ts.
 */

/** Folder (in the deploy root) holding one folder per build. */
export const RELEASES_DIR = 'releases';
/** The symlink the server serves (deploy/nginx.conf's root). */
export const CURRENT_LINK = 'current';
/** Releases kept besides the one being served, for a quick switch back. */
export const KEEP_PREVIOUS = 2;

/** A release folder name: sortable by time, unique per process (two builds never share one). */
export function releaseName(now: Date, pid: number): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${pid}`;
}

/**
 * Files and folders in a build that must never be served: anything whose name starts with a dot
 * (Astro's `.prerender/` working folder holds draft and scheduled text and build paths while
 * pages render; a temp file of a step that stopped halfway), at any depth. `.well-known/` is
 * public by definition and allowed.
 */
export function intermediateEntries(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((relative) =>
      relative
        .split(path.sep)
        .some((segment) => segment.startsWith('.') && segment !== '.well-known'),
    )
    .sort();
}

/** What a release must hold before it may be served (the page, the 404 page, nginx's includes). */
export const REQUIRED_FILES = ['index.html', '404.html', '_nginx/http.conf', '_nginx/server.conf'];

/** Why a finished build may not be served, or an empty list when it may. */
export function releaseProblems(root: string): string[] {
  const problems: string[] = [];
  for (const file of REQUIRED_FILES) {
    const full = path.join(root, file);
    if (!existsSync(full)) problems.push(`${file} is missing`);
    else if (statSync(full).size === 0) problems.push(`${file} is empty`);
  }
  for (const entry of intermediateEntries(root)) {
    problems.push(`${entry} is an intermediate file of the build and must not be served`);
  }
  return problems;
}

/** The release folder `current` points at (its name), or undefined when there is none. */
export function currentRelease(deployRoot: string): string | undefined {
  try {
    return path.basename(readlinkSync(path.join(deployRoot, CURRENT_LINK)));
  } catch {
    return undefined;
  }
}

/**
 * Points `current` at releases/`name` atomically: a new symlink under a temporary name, renamed
 * over the old one (rename(2) replaces it in one step, so every request sees the old release or
 * the new one, never neither). The link is relative, so the deploy root can move.
 */
export function switchCurrent(deployRoot: string, name: string): void {
  const link = path.join(deployRoot, CURRENT_LINK);
  const staging = `${link}.next-${process.pid}`;
  rmSync(staging, { force: true });
  symlinkSync(path.join(RELEASES_DIR, name), staging);
  renameSync(staging, link);
}

/**
 * Releases to delete after a switch: every one older than the served release except the
 * `keep` newest of them. Newer folders are left alone (another build may be writing there);
 * a killed build's folder is older than the next good release and goes then.
 */
export function releasesToRemove(
  names: readonly string[],
  served: string,
  keep = KEEP_PREVIOUS,
): string[] {
  const older = names.filter((name) => name < served).sort();
  return older.slice(0, Math.max(0, older.length - keep));
}
