import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  currentRelease,
  intermediateEntries,
  releaseName,
  releaseProblems,
  releasesToRemove,
  switchCurrent,
} from '../../../tools/lib/release.ts';

let root = '';
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A deploy root with release folders holding these files. */
function deployRoot(releases: Record<string, Record<string, string>>): string {
  root = mkdtempSync(path.join(tmpdir(), 'release-test-'));
  for (const [name, files] of Object.entries(releases)) {
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(root, 'releases', name, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return root;
}

const complete = {
  'index.html': '<p>home</p>',
  '404.html': '<p>404</p>',
  '_nginx/http.conf': 'map',
  '_nginx/server.conf': 'add_header',
};

describe('switchCurrent', () => {
  it('points current at a release, then at the next one, through a relative symlink', () => {
    const dir = deployRoot({ a: { 'index.html': 'A' }, b: { 'index.html': 'B' } });
    expect(currentRelease(dir)).toBeUndefined();
    switchCurrent(dir, 'a');
    expect(readFileSync(path.join(dir, 'current/index.html'), 'utf8')).toBe('A');
    switchCurrent(dir, 'b');
    expect(currentRelease(dir)).toBe('b');
    expect(readFileSync(path.join(dir, 'current/index.html'), 'utf8')).toBe('B');
  });
});

describe('releaseProblems', () => {
  it('passes a complete build', () => {
    expect(releaseProblems(path.join(deployRoot({ a: complete }), 'releases/a'))).toEqual([]);
  });

  it("refuses Astro's .prerender/ folder and other dot entries, allows .well-known/", () => {
    const dir = deployRoot({
      a: {
        ...complete,
        '.prerender/chunks/draft.mjs': 'draft text',
        'articles/.index.html.tmp': 'x',
        '.well-known/security.txt': 'Contact: x',
      },
    });
    expect(intermediateEntries(path.join(dir, 'releases/a'))).toEqual([
      '.prerender',
      '.prerender/chunks',
      '.prerender/chunks/draft.mjs',
      'articles/.index.html.tmp',
    ]);
    expect(releaseProblems(path.join(dir, 'releases/a'))[0]).toBe(
      '.prerender is an intermediate file of the build and must not be served',
    );
  });

  it('refuses a build without its home page or with empty nginx includes', () => {
    const dir = deployRoot({ a: { ...complete, 'index.html': '', '_nginx/server.conf': '' } });
    expect(releaseProblems(path.join(dir, 'releases/a'))).toEqual([
      'index.html is empty',
      '_nginx/server.conf is empty',
    ]);
    rmSync(path.join(dir, 'releases/a/404.html'));
    expect(releaseProblems(path.join(dir, 'releases/a'))).toContain('404.html is missing');
  });
});

describe('release names and pruning', () => {
  it('names a release by UTC time and process, in sortable form', () => {
    expect(releaseName(new Date('2026-12-05T07:05:09.123Z'), 42)).toBe('20261205T070509Z-42');
  });

  it('keeps the served release, the two before it and any newer (unfinished) ones', () => {
    const names = ['20261201T000000Z-1', '20261202T000000Z-1', '20261203T000000Z-1'];
    const served = '20261204T000000Z-1';
    const building = '20261205T000000Z-9';
    expect(releasesToRemove([...names, served, building], served)).toEqual(['20261201T000000Z-1']);
    expect(releasesToRemove([served], served)).toEqual([]);
  });
});
