import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { request } from 'node:http';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_COLUMN_SIZES } from '../../src/lib/images';
import { filesUnder } from '../../tools/lib/dist.ts';
import { nginxUnavailable, startNginx } from '../../tools/lib/nginx.ts';
import { PORTS } from '../../tools/lib/ports.ts';
import { article, FixtureSite } from './helpers/fixture-site.ts';

/**
 * One real build of a small site that holds every valid case at once: cross-links (inline and
 * reference-style), citations, images, a renamed article, and drafts and a scheduled article
 * written in every spelling YAML accepts (they must leave no trace in dist/).
 */

const BOM = '\uFEFF';
/** A sentence only the hidden entry `slug` holds, so any copy of its text in dist/ is found. */
const secret = (slug: string) => `The unpublished ${slug} sentence qzx${slug.length} stays secret.`;
/** Entries this build must not publish, with an old slug each that must not redirect. */
const HIDDEN = {
  'capital-true': article('draft: True\nredirectFrom: [capital-old]\n', secret('capital-true')),
  commented: article(
    'draft: true # still being checked\nredirectFrom: [commented-old]\n',
    secret('commented'),
  ),
  'bom-draft': `${BOM}${article('draft: true\nredirectFrom: [bom-draft-old]\n', secret('bom-draft'))}`,
  scheduled: article('redirectFrom: [scheduled-old]\n', secret('scheduled')).replace(
    /^(pubDate|updatedDate|reviewedDate): .*$/gm,
    '$1: 2099-01-01',
  ),
};

/**
 * Text that breaks naive XML: markup characters, a CDATA end and quotes. (No emoji: titles are
 * drawn on the Open Graph card, whose fonts have none, so the build refuses them there; the
 * article's body carries one.)
 */
const HOSTILE_TITLE = 'Squats & <lunges> ]]> "quoted"';
/** The title as pages and feeds carry it: the schema curls its quotes like the body's. */
const SHOWN_TITLE = 'Squats & <lunges> ]]> “quoted”';

const site = new FixtureSite();
let output = '';

beforeAll(() => {
  site.writeContent({
    'articles/good.mdx': article(
      'hero:\n  src: ./photo.jpg\n  alt: "A gradient from blue to green"\n',
      [
        'Economy improved [@storen-2008]. See [the other one](./other.mdx#the-heading) and',
        '[the RDL part][rdl], or [a draft](./capital-true.mdx), [another][commented] and',
        '[a third](./bom-draft.mdx), or [the plan](./scheduled.mdx).',
        '',
        '![The same gradient, further down](./photo.jpg)',
        '',
        '[rdl]: ./other.mdx#the-rdl-in-season',
        '[commented]: ./commented.mdx',
      ].join('\n'),
    ),
    'articles/other.mdx': article(
      '',
      '## The heading\n\nText.\n\n## The [RDL][r] in season\n\n[r]: https://example.org/rdl\n',
    ).replace('A good article', 'The other article'),
    'articles/renamed.mdx': article('redirectFrom: [old-name] # the slug until May\n').replace(
      'A good article',
      'A renamed article',
    ),
    'articles/bom-renamed.mdx':
      `${BOM}${article('redirectFrom:\n  - bom-old # first name\n')}`.replace(
        'A good article',
        'Another renamed article',
      ),
    'articles/hostile.mdx': article(
      '',
      'Tempo &amp; sprints ]]&gt; and more 🏋️ [@storen-2008].',
    ).replace('title: "A good article"', `title: ${JSON.stringify(HOSTILE_TITLE)}`),
    ...Object.fromEntries(
      Object.entries(HIDDEN).map(([slug, text]) => [`articles/${slug}.mdx`, text]),
    ),
    'articles/photo.jpg': { copy: 'tests/fixtures/gradient-1600x1000.jpg' },
    'exercises/photo.jpg': { copy: 'tests/fixtures/gradient-1600x1000.jpg' },
    // A real exercise whose notes are a paragraph and an image (.md, not MDX).
    'exercises/plank.md': `---\n${
      parseFrontmatter(readFileSync('content/exercises/plank.md', 'utf8')).rawFrontmatter
    }---\n\nHold the line.\n\n![A gradient standing in for a photo](./photo.jpg)\n`,
  });
  const result = site.build();
  output = result.output;
  expect(output).not.toMatch(/\[ERROR\]/);
  expect(result.status).toBe(0);
});

afterAll(() => site.remove());

describe('a valid site builds', () => {
  it('rewrites inline and reference-style cross-links and numbers the citation', () => {
    const html = site.read('articles/good/index.html');
    expect(html).toContain('href="/articles/other/#the-heading"');
    // The heading id Astro gives "The [RDL][r] in season", which a cross-link may use.
    expect(html).toContain('href="/articles/other/#the-rdl-in-season"');
    expect(site.read('articles/other/index.html')).toContain('id="the-rdl-in-season"');
    // The number opens the reference's card in place; the card links to the full entry.
    expect(html).toMatch(
      /<sup class="citation"><button type="button" id="cite-storen-2008-1" popovertarget="card-storen-2008"[^>]*>1<\/button><\/sup>/,
    );
    expect(html).toContain('id="ref-storen-2008"');
    expect(html).toMatch(/<div popover id="card-storen-2008">[\s\S]*?href="#ref-storen-2008"/);
  });

  it('leaves no trace of drafts and scheduled articles, however their front matter is spelled', () => {
    const dist = path.join(site.root, 'dist');
    // Every text file: pages, feeds, sitemaps, search metadata, server configs, redirects.
    const texts = filesUnder(dist).filter((file) =>
      /\.(html|xml|json|txt|conf|ics|webmanifest)$|(^|\/)_[a-z]+$/.test(file),
    );
    for (const slug of Object.keys(HIDDEN)) {
      expect(existsSync(path.join(dist, 'articles', slug)), slug).toBe(false);
      for (const file of texts) {
        const text = readFileSync(path.join(dist, file), 'utf8');
        expect(text.includes(`/articles/${slug}/`), `${file} mentions ${slug}`).toBe(false);
        expect(text.includes(`${slug}-old`), `${file} redirects ${slug}-old`).toBe(false);
      }
    }
    // Every file, decompressed where it is compressed (precompressed copies, the search index):
    // no hidden entry's own sentence, wherever a copy of its text could end up.
    for (const file of filesUnder(dist)) {
      const text = decompressed(file, readFileSync(path.join(dist, file))).toString('utf8');
      for (const slug of Object.keys(HIDDEN))
        expect(text.includes(secret(slug)), `${file} holds the text of ${slug}`).toBe(false);
    }
    // The links' words stay, as plain text, and the build log says why.
    const good = site.read('articles/good/index.html');
    expect(good).toContain('or a draft, another and');
    expect(good).toContain('a third, or the plan.');
    expect(output).toContain('cross-link to content/articles/capital-true.mdx shown as plain text');
    // A scheduled article's 2099 dates do not become the home page's last modification.
    const sitemap = site.read('sitemap-0.xml');
    expect(sitemap).not.toContain('2099');
    for (const index of ['/', '/articles/'])
      expect(sitemap).toMatch(
        new RegExp(`<loc>https?://[^/<]+${index}</loc><lastmod>2026-01-01T00:00:00.000Z</lastmod>`),
      );
  });

  it('writes feeds a strict XML parser accepts, with hostile text intact', () => {
    for (const feed of ['rss.xml', 'atom.xml', 'changes/atom.xml']) {
      const text = strictXmlText(site.read(feed));
      if (feed !== 'changes/atom.xml') expect(text, feed).toContain(SHOWN_TITLE);
    }
    // JSON Feed 1.1: the top-level and per-item fields the specification requires.
    const json = JSON.parse(site.read('feed.json')) as {
      version: unknown;
      title: unknown;
      items: { id: unknown; title?: unknown; content_html?: unknown; content_text?: unknown }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof json.title).toBe('string');
    expect(json.items.length).toBeGreaterThan(0);
    for (const item of json.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(
        true,
      );
    }
    expect(json.items.map((item) => item.title)).toContain(SHOWN_TITLE);
  });

  it('keeps every old URL of a renamed article working (fallback page, _redirects, nginx)', async () => {
    for (const [from, to] of [
      ['old-name', 'renamed'],
      ['bom-old', 'bom-renamed'],
    ]) {
      const fallback = site.read(`articles/${from}/index.html`);
      expect(fallback).toContain(`<meta http-equiv="refresh" content="0;url=/articles/${to}/">`);
      expect(fallback).toContain('<meta name="robots" content="noindex">');
      expect(fallback).toMatch(
        new RegExp(`<link rel="canonical" href="https://[^"]+/articles/${to}/">`),
      );
      expect(fallback).toContain(`<a href="/articles/${to}/">`);
      expect(site.read('sitemap-0.xml')).not.toContain(`/articles/${from}/`);
      expect(site.read('_redirects')).toContain(
        `/articles/${from}/ /articles/${to}/ 301!\n/articles/${from} /articles/${to}/ 301!\n`,
      );
      expect(site.read('_nginx/server.conf')).toContain(
        `location = /articles/${from}/ {\n    return 301 /articles/${to}/$is_args$args;\n}`,
      );
    }

    const unavailable = nginxUnavailable();
    if (unavailable) {
      console.warn(`Not checking the nginx 301 here: ${unavailable}`);
      return;
    }
    const server = await startNginx({ port: PORTS.nginxFixture, siteRoot: site.root });
    try {
      for (const oldPath of ['/articles/old-name/', '/articles/old-name']) {
        expect(await head(oldPath)).toEqual({ status: 301, location: '/articles/renamed/' });
      }
      expect((await head('/articles/renamed/')).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('makes responsive images: the hero first, body images lazily, AVIF and WebP at four widths', () => {
    const dist = path.join(site.root, 'dist');
    /** A srcset offers the 400w-1600w candidates, and the build wrote every one of them. */
    const expectFourWidthsOnDisk = (srcset: string | undefined): void => {
      const candidates = (srcset ?? '').split(', ').map((entry) => entry.split(' '));
      expect(candidates.map(([, width]) => width)).toEqual(['400w', '800w', '1200w', '1600w']);
      for (const [url] of candidates)
        expect(existsSync(path.join(dist, url!.split('?')[0]!))).toBe(true);
    };
    const page = parseDocument(site.read('articles/good/index.html'));
    const pictures = DomUtils.getElementsByTagName('picture', page);
    expect(pictures).toHaveLength(2);
    const [hero, body] = pictures.map((picture) => ({
      sources: DomUtils.getElementsByTagName('source', picture).map((source) => source.attribs),
      img: DomUtils.getElementsByTagName('img', picture)[0]!.attribs,
    }));
    for (const { sources, img } of [hero!, body!]) {
      expect(sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
      for (const source of sources) {
        expectFourWidthsOnDisk(source.srcset);
        expect(source.sizes).toBeTruthy();
      }
      expect(Number(img.width) / Number(img.height)).toBe(1.6);
      expect(existsSync(path.join(dist, img.src!))).toBe(true);
    }
    expect(hero!.img).toMatchObject({
      alt: 'A gradient from blue to green',
      loading: 'eager',
      fetchpriority: 'high',
    });
    expect(body!.img).toMatchObject({ alt: 'The same gradient, further down', loading: 'lazy' });
    expect(body!.sources.map((source) => source.sizes)).toEqual([
      TEXT_COLUMN_SIZES,
      TEXT_COLUMN_SIZES,
    ]);

    // Markdown (.md) images: WebP at the same widths, sized to the text column, not the window.
    const exercise = parseDocument(site.read('exercises/plank/index.html'));
    const notesImage = DomUtils.findOne(
      (element) => element.name === 'img' && element.attribs.alt?.startsWith('A gradient') === true,
      exercise.children,
    )!.attribs;
    expectFourWidthsOnDisk(notesImage.srcset);
    expect(notesImage).toMatchObject({
      sizes: TEXT_COLUMN_SIZES,
      width: '1600',
      height: '1000',
      loading: 'lazy',
    });

    // Feed readers get one plain image with an absolute URL to a file the build wrote.
    const feed = site.read('rss.xml');
    const feedImage = /<img src="(https?:\/\/[^"]+)" alt="The same gradient, further down"/.exec(
      feed.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"'),
    );
    expect(feedImage).not.toBeNull();
    expect(existsSync(path.join(dist, new URL(feedImage![1]!).pathname))).toBe(true);
  });
});

/** Status and Location of a GET to the fixture's nginx. */
function head(urlPath: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: PORTS.nginxFixture, path: urlPath }, (response) => {
      response.resume();
      resolve({
        status: response.statusCode ?? 0,
        ...(response.headers.location ? { location: response.headers.location } : {}),
      });
    })
      .on('error', reject)
      .end();
  });
}

/**
 * The text of an XML document, parsed by a strict, well-formedness-checking parser (saxes): it
 * throws on a control character, a bare "&" or "<", or a stray "]]>", all of which lenient feed
 * parsers accept and some feed readers then refuse.
 */
function strictXmlText(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const texts: string[] = [];
  parser.on('text', (text) => texts.push(text));
  parser.on('cdata', (text) => texts.push(text));
  parser.write(xml).close();
  return texts.join('');
}

/** A file's bytes, decompressed when it is a .br/.gz copy or a gzipped Pagefind file. */
function decompressed(file: string, bytes: Buffer): Buffer {
  try {
    if (file.endsWith('.br')) return brotliDecompressSync(bytes);
    if (file.endsWith('.gz') || /\.pf_[a-z]+$/.test(file)) return gunzipSync(bytes);
  } catch {
    // Not compressed after all: search the bytes as they are.
  }
  return bytes;
}
