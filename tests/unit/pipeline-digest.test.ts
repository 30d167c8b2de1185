import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownPipelineDigest } from '../../src/integrations/content/pipeline-digest.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';

describe('markdownPipelineDigest: the key that clears Astro’s cache of rendered Markdown', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'pipeline-digest-'));
    write('src/markdown/citations.ts', 'export const a = 1;');
    write('src/lib/smart-punctuation.ts', 'export const b = 1;');
    write('content/references.json', '[{"id":"smith-2020"}]');
    write('content/articles/one.md', '# One');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is the same for the same files', () => {
    expect(markdownPipelineDigest(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(markdownPipelineDigest(root)).toBe(markdownPipelineDigest(root));
  });

  it.each([
    ['a plugin is edited', () => write('src/markdown/citations.ts', 'export const a = 2;')],
    ['code a plugin imports is edited', () => write('src/lib/smart-punctuation.ts', '//')],
    ['a plugin is added', () => write('src/markdown/new-plugin.ts', 'export {};')],
    ['a reference is removed', () => write('content/references.json', '[]')],
    ['the installed packages change', () => write('package-lock.json', '{}')],
  ])('changes when %s', (_name, change) => {
    const before = markdownPipelineDigest(root);
    change();
    expect(markdownPipelineDigest(root)).not.toBe(before);
  });

  it('stays when only content changes, so a warm build keeps every other rendered file', () => {
    const before = markdownPipelineDigest(root);
    write('content/articles/one.md', '# One, edited');
    write('content/articles/two.md', '# Two');
    expect(markdownPipelineDigest(root)).toBe(before);
  });

  it('rides in the JSON view of the config, which is what Astro compares to keep its cache', () => {
    // Astro hashes its config with JSON (functions, such as plugin visitors, leave no trace), so
    // the digest must be plain data on a plugin the processor keeps, not behind a factory.
    const digest = 'a'.repeat(64);
    const processor = satteri(
      markdownPipeline({
        projectRoot: '/project',
        contentRoot: '/project/content',
        content: { target: () => undefined, idsIn: () => [] },
        references: () => [],
        cacheKey: digest,
      }),
    );
    expect(JSON.stringify(processor)).toContain(`"cacheKey":"${digest}"`);
  });
});
