import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteContent } from '../../src/integrations/content/index.ts';
import { ContentReader } from '../../src/integrations/content/reader.ts';

/**
 * The content reader and the content integration on a small content folder written to a
 * temporary directory. The front matter of each file is read the way YAML (and so Astro) reads
 * it: the spellings below once fooled regular expressions into publishing a draft's slug or
 * dropping a redirect.
 */

const BOM = '\uFEFF';
const article = (frontMatter: string, body = 'Text.\n') =>
  `---\ntitle: "T"\npubDate: 2026-01-01\nupdatedDate: 2026-02-01\nreviewedDate: 2026-03-01\n${frontMatter}---\n\n${body}`;

const FILES: Record<string, string> = {
  'articles/published.mdx': article(
    'draft: false\nredirectFrom: [old-published] # renamed in May\n',
    '## First part\n\n## First part\n',
  ),
  'articles/capital-true.mdx': article('draft: True\nredirectFrom: [old-capital]\n'),
  'articles/commented.mdx': article('draft: true # not ready yet\n'),
  'articles/bom.mdx': `${BOM}${article('draft: true\n')}`,
  'articles/bom-published.mdx': `${BOM}${article('redirectFrom:\n  - old-bom # the first name\n  - "older-bom"\n')}`,
  'articles/scheduled.mdx': article('redirectFrom: [old-scheduled]\n')
    .replace('pubDate: 2026-01-01', 'pubDate: 2099-01-01')
    .replace('updatedDate: 2026-02-01', 'updatedDate: 2099-01-01')
    .replace('reviewedDate: 2026-03-01', 'reviewedDate: 2099-01-01'),
  'exercises/squat.md': '---\nname: Squat\ndraft: false\n---\n\n## Set-up\n',
  'programs/plan.mdx':
    '---\ntitle: Plan\npubDate: 2026-01-01\nupdatedDate: 2026-04-01\nreviewedDate: 2026-01-15\n---\n\nPlan.\n',
  // Two real entries: the integration checks references.json against its schema first.
  'references.json': JSON.stringify(
    (JSON.parse(readFileSync('content/references.json', 'utf8')) as { id: string }[]).filter(
      (entry) => entry.id === 'storen-2008' || entry.id === 'blagrove-2018',
    ),
  ),
};

let root = '';
let content = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'strong-miles-reader-'));
  content = path.join(root, 'content');
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const BUILD = { now: new Date('2026-06-01T00:00:00Z'), includeUnpublished: false };

function reader(publishing = BUILD): ContentReader {
  const created = new ContentReader({ contentRoot: content, projectRoot: root });
  created.publishing = publishing;
  return created;
}

describe('ContentReader', () => {
  it.each([
    ['published.mdx', false, true],
    ['capital-true.mdx', true, false],
    ['commented.mdx', true, false],
    ['bom.mdx', true, false],
    ['bom-published.mdx', false, true],
    ['scheduled.mdx', false, false],
  ])('%s: draft %s, published in a build %s', (file, draft, published) => {
    const articles = reader();
    const facts = articles.facts(path.join(content, 'articles', file))!;
    expect(facts.draft).toBe(draft);
    expect(articles.isPublished(facts)).toBe(published);
    expect(articles.target(path.join(content, 'articles', file))?.published).toBe(published);
  });

  it('reads redirectFrom past comments and a byte-order mark, in flow and block form', () => {
    const articles = reader();
    expect(articles.facts(path.join(content, 'articles/published.mdx'))?.redirectFrom).toEqual([
      'old-published',
    ]);
    expect(articles.facts(path.join(content, 'articles/bom-published.mdx'))?.redirectFrom).toEqual([
      'old-bom',
      'older-bom',
    ]);
  });

  it('knows ids, headings and references, and nothing outside the content folders', () => {
    const articles = reader();
    expect(articles.idsIn('articles')).toEqual([
      'bom',
      'bom-published',
      'capital-true',
      'commented',
      'published',
      'scheduled',
    ]);
    expect(articles.headingIds(path.join(content, 'articles/published.mdx'))).toEqual([
      'first-part',
      'first-part-1',
    ]);
    expect(articles.headingIds(path.join(content, 'exercises/squat.md'))).toEqual(['set-up']);
    expect(articles.referenceIds()).toEqual(['storen-2008', 'blagrove-2018']);
    expect(articles.facts(path.join(content, 'articles/missing.mdx'))).toBeUndefined();
    expect(articles.facts(path.join(content, 'references.json'))).toBeUndefined();
    expect(articles.facts(path.join(root, 'README.mdx'))).toBeUndefined();
  });

  it('reads .md articles beside .mdx ones, with their directives, and refuses both for one id', () => {
    const plain = path.join(content, 'articles/plain.md');
    writeFileSync(plain, article('draft: true\n', '## Plain part\n\nLift :evidence[mixed].\n'));
    try {
      const articles = reader();
      expect(articles.idsIn('articles')).toContain('plain');
      expect(articles.entries('articles').map((facts) => facts.file)).toContain(
        'content/articles/plain.md',
      );
      expect(articles.headingIds(plain)).toEqual(['plain-part']);
      writeFileSync(path.join(content, 'articles/plain.mdx'), article('draft: true\n'));
      expect(() => reader().idsIn('articles')).toThrow(
        'content/articles/plain.mdx: file name "plain.mdx": names the same entry as content/articles/plain.md',
      );
    } finally {
      rmSync(plain);
      rmSync(path.join(content, 'articles/plain.mdx'), { force: true });
    }
  });

  it('reads a file again when it changes (astro dev)', () => {
    const articles = reader();
    const file = path.join(content, 'exercises/squat.md');
    expect(articles.headingIds(file)).toEqual(['set-up']);
    writeFileSync(file, '---\nname: Squat\n---\n\n## Set-up\n\n## Depth\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(articles.headingIds(file)).toEqual(['set-up', 'depth']);
  });

  it('stops with the file, field and value when a field it reads is invalid', () => {
    const file = path.join(content, 'articles/bad-draft.mdx');
    writeFileSync(file, article('draft: maybe\n'));
    try {
      expect(() => reader().facts(file)).toThrow(
        /^content\/articles\/bad-draft\.mdx: draft "maybe": .*boolean/,
      );
    } finally {
      rmSync(file);
    }
  });

  it('names the file when its front matter is not valid YAML (a raw form feed in quotes)', () => {
    const file = path.join(content, 'articles/bad-yaml.mdx');
    writeFileSync(file, article('summary: "A\fB"\n'));
    try {
      expect(() => reader().facts(file)).toThrow(
        /^content\/articles\/bad-yaml\.mdx:6: front matter: is not valid YAML \(.+\)\. Valid: YAML as in the other entries/,
      );
    } finally {
      rmSync(file);
    }
  });

  it('refuses to answer before the integration has set the publishing rule', () => {
    const early = new ContentReader({ contentRoot: content, projectRoot: root });
    expect(() => early.isPublished({ draft: false } as never)).toThrow('content integration');
  });
});

/** Runs the integration's config hook as Astro would for a command, capturing its updates. */
async function setUp(command: 'dev' | 'build') {
  const site = siteContent({ contentRoot: content, projectRoot: root });
  const updates: Record<string, unknown>[] = [];
  const hook = site.integration.hooks['astro:config:setup'] as NonNullable<
    AstroIntegration['hooks']['astro:config:setup']
  >;
  await hook({
    command,
    updateConfig: (update: Record<string, unknown>) => updates.push(update),
  } as never);
  return { site, updates };
}

describe('siteContent', () => {
  it('in a build: redirects and lastmod come from published entries only', async () => {
    const { site, updates } = await setUp('build');
    expect(updates[0]?.redirects).toEqual({
      '/articles/old-bom/': '/articles/bom-published/',
      '/articles/old-published/': '/articles/published/',
      '/articles/older-bom/': '/articles/bom-published/',
    });
    expect(site.lastModified('/articles/published/')).toBe('2026-03-01');
    expect(site.lastModified('/programs/plan/')).toBe('2026-04-01');
    // The scheduled article's 2099 dates stay out of the index pages.
    expect(site.lastModified('/')).toBe('2026-03-01');
    expect(site.lastModified('/articles/')).toBe('2026-03-01');
    expect(site.lastModified('/programs/')).toBe('2026-04-01');
    expect(site.reader.publishing.includeUnpublished).toBe(false);
  });

  it('under astro dev: drafts and scheduled entries are shown, with their redirects', async () => {
    const { site, updates } = await setUp('dev');
    expect(Object.keys(updates[0]?.redirects as object)).toEqual(
      expect.arrayContaining(['/articles/old-capital/', '/articles/old-scheduled/']),
    );
    expect(site.reader.publishing.includeUnpublished).toBe(true);
  });

  it('hands the same rule to src/data through a virtual module', async () => {
    const { site, updates } = await setUp('build');
    const [plugin] = (
      updates[0]?.vite as {
        plugins: { resolveId: (id: string) => unknown; load: (id: string) => unknown }[];
      }
    ).plugins;
    const id = plugin!.resolveId('virtual:strong-miles/publishing');
    expect(plugin!.load(String(id))).toBe(
      `export const publishing = { now: new Date(${site.reader.publishing.now.getTime()}), includeUnpublished: false };\nexport const devServer = false;`,
    );
  });
});
