import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtFileProblems } from '../../tools/lib/dist.ts';

let root: string;
const html = '<!doctype html><p>hello</p>'.repeat(40);
// A real PNG from the repository, so the check is tried on what the build actually holds.
const png = readFileSync(path.resolve('public/favicon-32.png'));

function write(name: string, data: string | Uint8Array) {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), data);
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'dist-files-'));
  write('index.html', html);
  write('index.html.br', brotliCompressSync(html));
  write('index.html.gz', gzipSync(html));
  write('og/site/default.png', png);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('builtFileProblems', () => {
  it('passes a build whose copies decode to their files and whose PNGs are whole', () => {
    expect(builtFileProblems(root)).toEqual([]);
  });

  it('catches a 0-byte .br (nginx would serve it as an empty page)', () => {
    write('index.html.br', '');
    expect(builtFileProblems(root)).toEqual(['index.html.br: empty file']);
  });

  it('catches a .gz of an older version of the page, and a copy with no file beside it', () => {
    write('index.html.gz', gzipSync('<p>old</p>'));
    write('gone.html.br', brotliCompressSync(html));
    expect(builtFileProblems(root)).toEqual([
      'gone.html.br: no gone.html beside it to be a copy of',
      expect.stringMatching(/^index\.html\.gz: decodes to \d+ bytes that differ/),
    ]);
  });

  it('catches a truncated PNG', () => {
    write('og/site/default.png', png.subarray(0, png.length - 8));
    expect(builtFileProblems(root)).toEqual([
      expect.stringMatching(/^og\/site\/default\.png: not a whole PNG \(/),
    ]);
  });
});
