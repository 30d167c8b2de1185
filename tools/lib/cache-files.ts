import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { brotliDecompressSync, crc32, gunzipSync } from 'node:zlib';

/**
 * Cache entries that are never half-written and never trusted blind (issue 22). A build killed
 * mid-write, a full disk or a stray edit must not ship a 0-byte `index.html.br` or a broken card:
 * entries are written whole or not at all, and checked before use. Shared by the Open Graph card
 * cache, the precompression cache and the post-build check of dist/.
 */

/**
 * Writes `data` to `file` through a temporary file in the same folder and a rename, which
 * replaces the file in one step: a reader sees the old entry, the new one, or none, never a part.
 */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Why `png` is not a whole PNG, or undefined when it is: the signature, then chunks whose lengths
 * fit and whose CRCs match, starting with IHDR and ending with IEND and nothing after it. This
 * catches truncation and flipped bytes anywhere in the file without decoding the pixels.
 * `expected` also checks the picture's size.
 */
export function pngProblem(
  png: Uint8Array,
  expected?: { width: number; height: number },
): string | undefined {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, 8).equals(PNG_SIGNATURE))
    return bytes.length === 0 ? 'empty file' : 'no PNG signature';
  let offset = 8;
  let first = true;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) return `chunk ${type} cut short (truncated file)`;
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (crc32(data, crc32(bytes.subarray(offset + 4, offset + 8))) !== bytes.readUInt32BE(end - 4))
      return `chunk ${type} fails its CRC (corrupted bytes)`;
    if (first) {
      if (type !== 'IHDR' || length !== 13) return 'first chunk is not IHDR';
      const size = { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
      if (expected && (size.width !== expected.width || size.height !== expected.height))
        return `${size.width}x${size.height} instead of ${expected.width}x${expected.height}`;
      first = false;
    }
    offset = end;
    if (type === 'IEND') return offset === bytes.length ? undefined : 'bytes after IEND';
  }
  return first ? 'no IHDR chunk (truncated file)' : 'no IEND chunk (truncated file)';
}

/** Why a `.br` or `.gz` copy does not decode to `source`, or undefined when it does. */
export function compressedCopyProblem(
  encoding: 'br' | 'gz',
  copy: Uint8Array,
  source: Uint8Array,
): string | undefined {
  if (copy.length === 0) return 'empty file';
  let decoded: Buffer;
  try {
    decoded = encoding === 'br' ? brotliDecompressSync(copy) : gunzipSync(copy);
  } catch (error) {
    return `does not decode (${(error as Error).message})`;
  }
  return Buffer.compare(decoded, source) === 0
    ? undefined
    : `decodes to ${decoded.length} bytes that differ from the ${source.length}-byte source`;
}
