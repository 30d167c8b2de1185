import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, crc32, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compressedCopyProblem, pngProblem, writeFileAtomic } from '../../tools/lib/cache-files';

/** A PNG chunk with its length and CRC. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(Buffer.from(type, 'latin1'))));
  return Buffer.concat([head, data, crc]);
}

/** A minimal well-formed PNG of the given size (the pixel data is not decoded by the check). */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from('pixels')),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('pngProblem', () => {
  it('accepts a whole PNG of the expected size', () => {
    expect(pngProblem(png(1200, 630), { width: 1200, height: 630 })).toBeUndefined();
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /empty/],
    ['text', Buffer.from('not a png at all'), /signature/],
    ['a PNG cut in half', png(1200, 630).subarray(0, 40), /truncated/],
    ['a PNG without IEND', png(1200, 630).subarray(0, -12), /no IEND/],
    ['bytes after IEND', Buffer.concat([png(1, 1), Buffer.from('x')]), /after IEND/],
  ])('refuses %s', (_, bytes, message) => {
    expect(pngProblem(bytes)).toMatch(message);
  });

  it('refuses a PNG with a changed byte (CRC) or the wrong size', () => {
    const flipped = png(1200, 630);
    flipped[flipped.length - 20]! ^= 0x01;
    expect(pngProblem(flipped)).toMatch(/CRC/);
    expect(pngProblem(png(1200, 1200), { width: 1200, height: 630 })).toBe(
      '1200x1200 instead of 1200x630',
    );
  });
});

describe('compressedCopyProblem', () => {
  const source = Buffer.from('<!doctype html><p>hello</p>'.repeat(50));

  it('accepts copies that decode to the source', () => {
    expect(compressedCopyProblem('br', brotliCompressSync(source), source)).toBeUndefined();
    expect(compressedCopyProblem('gz', gzipSync(source), source)).toBeUndefined();
  });

  it.each([
    ['br', 'empty', Buffer.alloc(0), /empty/],
    ['br', 'truncated', brotliCompressSync(source).subarray(0, 10), /decode/],
    ['gz', 'truncated', gzipSync(source).subarray(0, 20), /decode/],
    ['br', 'of another file', brotliCompressSync(Buffer.from('other')), /differ/],
  ] as const)('refuses a .%s copy that is %s', (encoding, _, copy, message) => {
    expect(compressedCopyProblem(encoding, copy, source)).toMatch(message);
  });
});

describe('writeFileAtomic', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('replaces the file whole and leaves no temporary file', async () => {
    const file = path.join(folder, 'entry.br');
    await writeFileAtomic(file, Buffer.from('first'));
    await writeFileAtomic(file, Buffer.from('second'));
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(folder)).toEqual(['entry.br']);
  });

  it('leaves no temporary file when the write fails', async () => {
    await expect(
      writeFileAtomic(path.join(folder, 'missing-folder', 'entry.br'), Buffer.from('x')),
    ).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
  });
});
