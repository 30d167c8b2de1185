import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxUnavailable, startNginx } from '../../scripts/nginx.mjs';
import { TEXT_COLUMN_SIZES } from '../../src/lib/images';

/**
 * Runs the real build on small fixture sites and checks the message a writer gets for each
 * kind of bad input: it must name the file, the field or line, the bad value and what is valid.
 * Each case copies the project's code into a temporary folder with a tiny content folder.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
let project: string;

const GOOD_ARTICLE = (
  extra = '',
  body = 'Economy improved [@storen-2008]. See [the other one](./other.mdx#the-heading).',
) => `---
title: "A good article"
description: "A description that is comfortably longer than the fifty character minimum."
pubDate: 2026-01-01
updatedDate: 2026-01-01
reviewedDate: 2026-01-01
author: editorial-team
topics: [endurance]
takeaways:
  - text: "One takeaway."
    evidence: limited
${extra}---

${body}
`;

/** The goblet squat's front matter, without links to exercises the fixture does not have. */
function addGobletSquat(): void {
  const real = readFileSync(path.join(ROOT, 'content/exercises/goblet-squat.md'), 'utf8');
  const frontMatter = /^---\n[\s\S]*?\n---\n/
    .exec(real)![0]
    .replace(/^easier:.*$/m, 'easier: []')
    .replace(/^harder:.*$/m, 'harder: []');
  write('exercises/goblet-squat.md', `${frontMatter}\nNotes.\n`);
}

/** A one-week program using the one exercise `addGobletSquat` provides. */
const TINY_PROGRAM = (
  extra = '',
  days = '[{ lift: A }, {}, { run: easy }, {}, {}, {}, { run: long }]',
) => `---
title: "A tiny plan"
description: "A description that is comfortably longer than the fifty character minimum."
level: beginner
audience: "Runners who want one session a week."
equipment: [dumbbell]
equipmentNote: "One dumbbell."
weeks: 1
sessionMinutes: { min: 20, max: 30 }
warmUpMinutes: 5
mainLifts:
  - { exercise: goblet-squat, start: "A light weight.", feel: "Three reps left." }
sampleWeeks:
  - label: "Any week"
    days: ${days}
pubDate: 2026-01-01
updatedDate: 2026-01-01
reviewedDate: 2026-01-01
plan:
  - week: 1
    phase: learn
    focus: "Learn the squat."
    sessions:
      - id: A
        title: "Squat"
        minutes: 25
        exercises:
          - { exercise: goblet-squat, sets: 3, reps: "10", rir: 3, rest: "90 s" }
${extra}---

Body.
`;

const OTHER_ARTICLE = GOOD_ARTICLE()
  .replace('A good article', 'The other article')
  .replace(/\n\nEconomy[^\n]*\n$/, '\n\n## The heading\n\nText.\n');

/** Writes the fixture content: two valid articles, one exercise, the author and the references. */
function resetContent(): void {
  const content = path.join(project, 'content');
  rmSync(content, { recursive: true, force: true });
  for (const folder of ['articles', 'exercises', 'programs', 'authors', 'muscle-groups'])
    mkdirSync(path.join(content, folder), { recursive: true });
  cpSync(path.join(ROOT, 'content/references.json'), path.join(content, 'references.json'));
  cpSync(
    path.join(ROOT, 'content/authors/editorial-team.yaml'),
    path.join(content, 'authors/editorial-team.yaml'),
  );
  writeFileSync(path.join(content, 'articles/good.mdx'), GOOD_ARTICLE());
  writeFileSync(path.join(content, 'articles/other.mdx'), OTHER_ARTICLE);
}

/** Runs `astro build` in the fixture and returns its exit code and combined output. */
function build(): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function write(file: string, text: string): void {
  writeFileSync(path.join(project, 'content', file), text);
}

/** Puts the test picture (a 1600 x 1000 JPEG gradient) into the fixture content. */
function addPhoto(file: string): void {
  cpSync(
    path.join(ROOT, 'tests/fixtures/gradient-1600x1000.jpg'),
    path.join(project, 'content', file),
  );
}

/** Status and Location of a GET to a local server. */
function head(port: number, urlPath: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: urlPath }, (response) => {
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

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'strong-miles-fixture-'));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(path.join(ROOT, item), path.join(project, item), { recursive: true });
  }
  // Link each installed package, but keep Astro's and Vite's caches (dot folders) per fixture.
  mkdirSync(path.join(project, 'node_modules'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(path.join(ROOT, 'node_modules', name), path.join(project, 'node_modules', name));
  }
  mkdirSync(path.join(project, 'node_modules/.bin'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules/.bin'))) {
    symlinkSync(
      path.join(ROOT, 'node_modules/.bin', name),
      path.join(project, 'node_modules/.bin', name),
    );
  }
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('content errors from the real build', { timeout: 120_000 }, () => {
  it('builds the valid fixture, rewriting the cross-link and numbering the citation', () => {
    resetContent();
    write(
      'articles/good.mdx',
      GOOD_ARTICLE(
        '',
        'Economy improved [@storen-2008]. See [the other one](./other.mdx#the-heading). Lift after the run. <EvidenceLabel level="coaching-practice" />',
      ),
    );
    const { status, output } = build();
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
    const html = readFileSync(path.join(project, 'dist/articles/good/index.html'), 'utf8');
    expect(html).toContain('href="/articles/other/#the-heading"');
    expect(html).toMatch(
      /<sup class="citation"><a href="#ref-storen-2008" id="cite-storen-2008-1"[^>]*>1<\/a><\/sup>/,
    );
    expect(html).toContain('id="ref-storen-2008"');
    // The inline evidence label: shown as a pill, read out (and shown in feeds) in brackets.
    expect(html).toMatch(
      /Lift after the run\. <span class="[^"]*"><span class="sr-only">\(Evidence: <\/span>Coaching practice<span class="sr-only">\)<\/span><\/span>/,
    );
  });

  it('makes responsive images: the hero loaded first, body images lazily, AVIF and WebP at four widths', () => {
    resetContent();
    addPhoto('articles/photo.jpg');
    addPhoto('exercises/photo.jpg');
    // A real exercise whose notes are replaced by a paragraph and an image (.md, not MDX).
    write(
      'exercises/plank.md',
      readFileSync(path.join(ROOT, 'content/exercises/plank.md'), 'utf8').replace(
        /\n---\n[\s\S]*$/,
        '\n---\n\nHold the line.\n\n![A gradient standing in for a photo](./photo.jpg)\n',
      ),
    );
    write(
      'articles/good.mdx',
      GOOD_ARTICLE(
        'hero:\n  src: ./photo.jpg\n  alt: "A gradient from blue to green"\n',
        'Economy improved [@storen-2008].\n\n![The same gradient, further down](./photo.jpg)\n',
      ),
    );
    const { status, output } = build();
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
    const dist = path.join(project, 'dist');
    /** A srcset offers the 400w-1600w candidates, and the build wrote every one of them. */
    const expectFourWidthsOnDisk = (srcset: string | undefined): void => {
      const candidates = (srcset ?? '').split(', ').map((entry) => entry.split(' '));
      expect(candidates.map(([, width]) => width)).toEqual(['400w', '800w', '1200w', '1600w']);
      for (const [url] of candidates)
        expect(existsSync(path.join(dist, url!.split('?')[0]!))).toBe(true);
    };
    const page = parseDocument(readFileSync(path.join(dist, 'articles/good/index.html'), 'utf8'));
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
    const exercise = parseDocument(
      readFileSync(path.join(dist, 'exercises/plank/index.html'), 'utf8'),
    );
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
    const feed = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    const feedImage = /<img src="(https?:\/\/[^"]+)" alt="The same gradient, further down"/.exec(
      feed.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"'),
    );
    expect(feedImage).not.toBeNull();
    expect(existsSync(path.join(dist, new URL(feedImage![1]!).pathname))).toBe(true);
  });

  it.each([
    [
      'a missing required field',
      () => write('articles/good.mdx', GOOD_ARTICLE().replace(/^title:.*\n/m, '')),
      ['content/articles/good.mdx', 'title', 'must be the article title'],
    ],
    [
      'a description that is too short',
      () =>
        write(
          'articles/good.mdx',
          GOOD_ARTICLE().replace(/^description:.*$/m, 'description: "Too short."'),
        ),
      ['content/articles/good.mdx', 'description', 'is too short (10 characters); write 50 to 160'],
    ],
    [
      'an unknown topic',
      () =>
        write(
          'articles/good.mdx',
          GOOD_ARTICLE().replace('topics: [endurance]', 'topics: [stamina]'),
        ),
      [
        'content/articles/good.mdx',
        'topics',
        '"stamina" is not a known topic; use one of: injury-prevention',
      ],
    ],
    [
      'an invalid date',
      () =>
        write(
          'articles/good.mdx',
          GOOD_ARTICLE().replace('pubDate: 2026-01-01', 'pubDate: 2026-02-30x'),
        ),
      ['content/articles/good.mdx', 'pubDate', 'must be a date written as YYYY-MM-DD'],
    ],
    [
      'an unknown author',
      () =>
        write(
          'articles/good.mdx',
          GOOD_ARTICLE().replace('author: editorial-team', 'author: editorial-tem'),
        ),
      [
        'content/articles/good.mdx: author "editorial-tem": is not an entry in content/authors/',
        'editorial-team',
      ],
    ],
    [
      'an unknown exercise',
      () => write('articles/good.mdx', GOOD_ARTICLE('exercises: [goblet-sqat]\n')),
      [
        'content/articles/good.mdx: exercises[0] "goblet-sqat": is not an entry in content/exercises/',
      ],
    ],
    [
      'an unknown related article',
      () => write('articles/good.mdx', GOOD_ARTICLE('related: [otter]\n')),
      [
        'content/articles/good.mdx: related[0] "otter": is not an entry in content/articles/',
        'other',
      ],
    ],
    [
      'a cross-link to a missing file',
      () => write('articles/good.mdx', GOOD_ARTICLE('', 'See [this](./othr.mdx).')),
      [
        'content/articles/good.mdx:14: cross-link "./othr.mdx": points to content/articles/othr.mdx, which does not exist',
        'other.mdx',
      ],
    ],
    [
      'a cross-link to a missing heading',
      () => write('articles/good.mdx', GOOD_ARTICLE('', 'See [this](./other.mdx#the-headline).')),
      [
        'content/articles/good.mdx:14: cross-link "./other.mdx#the-headline": content/articles/other.mdx has no heading with the id "#the-headline". Valid: #the-heading',
      ],
    ],
    [
      'a citation key not in references.json',
      () => write('articles/good.mdx', GOOD_ARTICLE('', 'Economy improved [@storen-2009].')),
      [
        'content/articles/good.mdx:14: citation "@storen-2009": is not an id in content/references.json',
        '@storen-2008',
      ],
    ],
    [
      'an image without alt text',
      () => write('articles/good.mdx', GOOD_ARTICLE('hero:\n  src: ./hero.png\n')),
      ['content/articles/good.mdx', 'hero.alt', 'must be alt text describing the image'],
    ],
    [
      'a body image without alt text',
      () => {
        addPhoto('articles/photo.jpg');
        write('articles/good.mdx', GOOD_ARTICLE('', '![](./photo.jpg)'));
      },
      [
        'content/articles/good.mdx:14: image "./photo.jpg": has no alt text. Valid: describe what the image shows',
      ],
    ],
    [
      'a remote image',
      () =>
        write('articles/good.mdx', GOOD_ARTICLE('', '![A chart](https://example.org/chart.png)')),
      [
        'content/articles/good.mdx:14: image "https://example.org/chart.png": is not a file in the project',
      ],
    ],
    [
      'an image file that does not exist',
      () => write('articles/good.mdx', GOOD_ARTICLE('', '![A chart](./chart.png)')),
      [
        'content/articles/good.mdx:14: image "./chart.png": points to content/articles/chart.png, which does not exist',
      ],
    ],
    [
      'an unknown evidence label',
      () =>
        write(
          'articles/good.mdx',
          GOOD_ARTICLE('', 'Lift after the run. <EvidenceLabel level="coaching" />'),
        ),
      [
        'content/articles/good.mdx:14: EvidenceLabel level "coaching": is not an evidence level. Valid: well-supported, limited, mixed, weak, coaching-practice',
      ],
    ],
    [
      'a program that puts two strength days in a row',
      () => {
        addGobletSquat();
        write(
          'programs/tiny.mdx',
          TINY_PROGRAM('', '[{ lift: A }, { lift: A }, {}, {}, {}, {}, { run: long }]'),
        );
      },
      [
        'content/programs/tiny.mdx',
        'sampleWeeks.0.days.0.lift',
        'puts strength sessions on Monday and the day after: leave a day between them',
      ],
    ],
    [
      'a program whose next step does not exist',
      () => {
        addGobletSquat();
        write('programs/tiny.mdx', TINY_PROGRAM('next: in-season\n'));
      },
      ['content/programs/tiny.mdx: next "in-season": is not an entry in content/programs/'],
    ],
    [
      'two articles claiming one URL',
      () => write('articles/good.mdx', GOOD_ARTICLE('redirectFrom: [other]\n')),
      [
        'content/articles/good.mdx: redirectFrom[0] "other": is already the slug of content/articles/other.mdx',
      ],
    ],
  ])('%s stops the build with a message a writer can act on', (_name, breakIt, expected) => {
    resetContent();
    breakIt();
    const { status, output } = build();
    expect(status).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
  });
});

describe('a renamed article', { timeout: 120_000 }, () => {
  it('keeps the old URL of a renamed article working (fallback page, _redirects, nginx 301)', async () => {
    resetContent();
    // "good" is renamed to "renamed" and lists its old slug.
    rmSync(path.join(project, 'content/articles/good.mdx'));
    write('articles/renamed.mdx', GOOD_ARTICLE('redirectFrom: [good]\n'));
    const { status, output } = build();
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
    const dist = path.join(project, 'dist');

    const fallback = readFileSync(path.join(dist, 'articles/good/index.html'), 'utf8');
    expect(fallback).toContain('<meta http-equiv="refresh" content="0;url=/articles/renamed/">');
    expect(fallback).toContain('<meta name="robots" content="noindex">');
    expect(fallback).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/articles\/renamed\/">/);
    expect(fallback).toContain('<a href="/articles/renamed/">');
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/articles/good/');
    expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toContain(
      '/articles/good/ /articles/renamed/ 301!\n/articles/good /articles/renamed/ 301!\n',
    );
    expect(readFileSync(path.join(dist, '_nginx/server.conf'), 'utf8')).toContain(
      'location = /articles/good/ {\n    return 301 /articles/renamed/$is_args$args;\n}',
    );

    const unavailable = nginxUnavailable();
    if (unavailable) {
      console.warn(`Not checking the nginx 301 here: ${unavailable}`);
      return;
    }
    const port = Number(process.env.NGINX_FIXTURE_PORT ?? 8482);
    const server = await startNginx({ port, siteRoot: project });
    try {
      expect(await head(port, '/articles/good/')).toEqual({
        status: 301,
        location: '/articles/renamed/',
      });
      expect(await head(port, '/articles/good')).toEqual({
        status: 301,
        location: '/articles/renamed/',
      });
      expect((await head(port, '/articles/renamed/')).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

/** A minimal valid exercise for the muscle-group fixtures. */
const EXERCISE = (
  name: string,
  level: string,
  { primary = 'glutes', easier = [] as string[], harder = [] as string[] } = {},
) => `---
name: "${name}"
description: "A fixture exercise with a description comfortably longer than fifty characters."
primaryMuscles: [${primary}]
equipment: [bodyweight]
level: ${level}
whyRunners: "Fixture."
cues: ["One.", "Two."]
mistakes: ["None."]
easier: [${easier.join(', ')}]
harder: [${harder.join(', ')}]
dose: "2 sets of ${name.length}"
---
`;

const GLUTES = (muscles = '[glutes]') => `---
title: "Glute exercises for runners"
description: "A fixture group page whose description is longer than the fifty character minimum."
muscles: ${muscles}
topics: [endurance]
articles: [good]
---

Why glutes matter [@dorn-2012].
`;

/** Five exercises: four train the glutes, and their links disagree with alphabetical order. */
function writeGluteLibrary(): void {
  write('exercises/bridge.md', EXERCISE('Bridge', 'beginner', { harder: ['one-leg-bridge'] }));
  write(
    'exercises/one-leg-bridge.md',
    EXERCISE('One-leg bridge', 'intermediate', { easier: ['bridge'] }),
  );
  write(
    'exercises/hip-thrust.md',
    EXERCISE('Hip thrust', 'intermediate', { easier: ['one-leg-bridge'] }),
  );
  write('exercises/aardvark-lift.md', EXERCISE('Aardvark lift', 'intermediate'));
  write('exercises/plank.md', EXERCISE('Plank', 'beginner', { primary: 'abdominals' }));
  write('muscle-groups/glutes.md', GLUTES());
}

/** The good article with a change history (updatedDate moved to 2026-02-01). */
const CHANGED_ARTICLE = (changes: string) =>
  GOOD_ARTICLE(`changes:\n${changes}`).replace(
    'updatedDate: 2026-01-01',
    'updatedDate: 2026-02-01',
  );

describe(
  'muscle-group pages and the corrections log in the real build',
  { timeout: 120_000 },
  () => {
    it('lists a group easiest first, links it both ways, and publishes a change on the page, the log and the feed', () => {
      resetContent();
      writeGluteLibrary();
      write(
        'articles/good.mdx',
        CHANGED_ARTICLE(
          '  - date: 2026-01-20\n    type: correction\n    summary: "The squat number was from the wrong study."\n  - date: 2026-02-01\n    type: update\n    summary: "Added a section on hills."\n',
        ),
      );
      const { status, output } = build();
      expect(output).not.toMatch(/\[ERROR\]/);
      expect(status).toBe(0);
      const dist = path.join(project, 'dist');
      const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

      const group = parseDocument(read('exercises/for/glutes/index.html'));
      const listed = DomUtils.findAll(
        (element) =>
          element.name === 'a' && /^\/exercises\/[a-z-]+\/$/.test(element.attribs.href ?? ''),
        DomUtils.findAll((element) => element.name === 'ol', group.children),
      ).map((link) => link.attribs.href);
      expect(listed).toEqual([
        '/exercises/bridge/',
        '/exercises/aardvark-lift/',
        '/exercises/one-leg-bridge/',
        '/exercises/hip-thrust/',
      ]);
      expect(DomUtils.textContent(group)).toContain('Sets and reps: 2 sets of 14');
      expect(read('exercises/index.html')).toContain('href="/exercises/for/glutes/"');
      expect(read('topics/endurance/index.html')).toContain('href="/exercises/for/glutes/"');
      expect(read('sitemap-0.xml')).toContain('/exercises/for/glutes/</loc>');
      expect(existsSync(path.join(dist, 'og/muscle-group/glutes.png'))).toBe(true);

      const article = read('articles/good/index.html');
      expect(article).toContain('href="/exercises/for/glutes/"');
      expect(article).toMatch(/<h2 id="changes"[^>]*>Changes to this article<\/h2>/);
      // Newest first on the page, whatever the order in the file.
      expect(article.indexOf('Added a section on hills.')).toBeLessThan(
        article.indexOf('The squat number was from the wrong study.'),
      );
      expect(article).toContain('"dateModified":"2026-02-01T00:00:00.000Z"');

      const log = read('changes/index.html');
      expect(log).toContain('href="/articles/good/#changes"');
      expect(log.indexOf('Added a section on hills.')).toBeLessThan(
        log.indexOf('The squat number was from the wrong study.'),
      );
      const feed = read('changes/atom.xml');
      expect(feed).toContain('<title type="html"><![CDATA[Correction: A good article]]></title>');
      expect(feed).toContain('/articles/good/#change-2026-01-20-1</id>');
      expect(feed).toContain('<updated>2026-02-01T00:00:00.000Z</updated>');
    });

    it.each([
      [
        'a change of an unknown type',
        () =>
          write(
            'articles/good.mdx',
            CHANGED_ARTICLE('  - date: 2026-01-20\n    type: fix\n    summary: "Fixed."\n'),
          ),
        [
          'content/articles/good.mdx',
          'changes.0.type',
          '"fix" is not a known change type; use one of: correction, clarification, update',
        ],
      ],
      [
        'a change on a day that does not exist',
        () =>
          write(
            'articles/good.mdx',
            CHANGED_ARTICLE('  - date: 2026-02-30\n    type: correction\n    summary: "Fixed."\n'),
          ),
        [
          // YAML alone would read this as 2 March, and the schema would then blame updatedDate.
          'content/articles/good.mdx:13: changes[0].date "2026-02-30": is not a day on the calendar (February 2026 has 28 days). Valid: a real date written as YYYY-MM-DD',
        ],
      ],
      [
        'a change newer than updatedDate',
        () =>
          write(
            'articles/good.mdx',
            CHANGED_ARTICLE('  - date: 2026-03-01\n    type: update\n    summary: "Later."\n'),
          ),
        [
          'content/articles/good.mdx',
          'changes.0.date',
          '2026-03-01 is after updatedDate (2026-02-01)',
        ],
      ],
      [
        'a muscle group with an unknown muscle',
        () => {
          writeGluteLibrary();
          write('muscle-groups/glutes.md', GLUTES('[glute]'));
        },
        ['content/muscle-groups/glutes.md', 'muscles.0', '"glute" is not a known muscle'],
      ],
      [
        'a muscle group no exercise trains',
        () => {
          writeGluteLibrary();
          write('muscle-groups/glutes.md', GLUTES('[hip-flexors]'));
        },
        [
          'content/muscle-groups/glutes.md: muscles "hip-flexors": no published exercise lists any of these as a main muscle',
        ],
      ],
      [
        'easier/harder links that go round in a circle',
        () => {
          writeGluteLibrary();
          write(
            'exercises/hip-thrust.md',
            EXERCISE('Hip thrust', 'intermediate', {
              easier: ['one-leg-bridge'],
              harder: ['one-leg-bridge'],
            }),
          );
        },
        [
          'easier / harder',
          'the easier/harder links go round in a circle (',
          'Valid: links that always lead from an easier exercise to a harder one',
        ],
      ],
    ])('%s stops the build with a message a writer can act on', (_name, breakIt, expected) => {
      resetContent();
      breakIt();
      const { status, output } = build();
      expect(status).not.toBe(0);
      for (const text of expected) expect(output).toContain(text);
    });
  },
);
