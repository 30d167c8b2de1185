import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  article,
  FixtureSite,
  fixtureExercise,
  gluteLibrary,
  glutesGroup,
  gobletSquat,
  tinyProgram,
  type FixtureFile,
} from './helpers/fixture-site.ts';

/**
 * Real builds of small fixture sites with bad input: the build must stop, and the message must
 * name the file, the field or line, the bad value and what would be valid. Problems the build
 * reports together share one build; each plugin's other messages are unit-tested
 * (tests/unit/callouts, cross-links, evidence-labels and markdown-plugins tests,
 * tests/unit/schemas.test.ts).
 */

const site = new FixtureSite();

/** The real references with one entry copied (same id), a javascript: URL and a prefixed DOI. */
function faultyReferences(): string {
  const entries = JSON.parse(readFileSync('content/references.json', 'utf8')) as Record<
    string,
    unknown
  >[];
  const storen = entries.find((entry) => entry.id === 'storen-2008')!;
  const hutson = entries.find((entry) => entry.id === 'hutson-2021')!;
  const paavolainen = entries.find((entry) => entry.id === 'paavolainen-1999')!;
  hutson.url = 'javascript:alert(1)';
  paavolainen.doi = `doi:${String(paavolainen.doi)}`;
  entries.push({ ...storen, title: 'A different paper under the same key' });
  return JSON.stringify(entries, null, 2);
}
afterAll(() => site.remove());

/** Two valid articles (one with a heading to link to), plus the files of the case. */
function buildWith(files: Record<string, FixtureFile>) {
  site.writeContent({
    'articles/good.mdx': article(),
    'articles/other.mdx': article('', '## The heading\n\nText.').replace(
      'A good article',
      'The other article',
    ),
    ...files,
  });
  return site.build();
}

describe('content errors stop the build with a message a writer can act on', () => {
  it.each<[string, Record<string, FixtureFile>, string[]]>([
    [
      'broken links between entries, all reported together',
      {
        'articles/bad-author.mdx': article().replace(
          'author: editorial-team',
          'author: editorial-tem',
        ),
        'articles/bad-exercise.mdx': article('exercises: [goblet-sqat]\n'),
        'articles/bad-related.mdx': article('related: [otter]\n'),
        'articles/bad-redirect.mdx': article('redirectFrom: [other]\n'),
        'exercises/goblet-squat.md': gobletSquat(),
        'programs/tiny.mdx': tinyProgram('next: in-season\n'),
      },
      [
        '5 content problems',
        'content/articles/bad-author.mdx: author "editorial-tem": is not an entry in content/authors/',
        'editorial-team',
        'content/articles/bad-exercise.mdx: exercises[0] "goblet-sqat": is not an entry in content/exercises/',
        'content/articles/bad-related.mdx: related[0] "otter": is not an entry in content/articles/',
        'content/articles/bad-redirect.mdx: redirectFrom[0] "other": is already the slug of content/articles/other.mdx',
        'content/programs/tiny.mdx: next "in-season": is not an entry in content/programs/',
      ],
    ],
    [
      'a value the schema refuses',
      { 'articles/good.mdx': article().replace('topics: [endurance]', 'topics: [stamina]') },
      [
        'content/articles/good.mdx',
        'topics',
        '"stamina" is not a known topic; use one of: injury-prevention',
      ],
    ],
    [
      'an emoji in a title, which the Open Graph card would draw as an empty box',
      { 'articles/good.mdx': article().replace('A good article', 'A good article \u{1F4AA}') },
      [
        'content/articles/good.mdx',
        'title',
        'contains "\u{1F4AA}" (U+1F4AA), which the Open Graph card\'s font cannot draw',
        'Valid: Latin letters',
      ],
    ],
    [
      'a date the content reader cannot read',
      { 'articles/good.mdx': article().replace('pubDate: 2026-01-01', 'pubDate: 2026-02-30x') },
      ['content/articles/good.mdx: pubDate "2026-02-30x": must be a date written as YYYY-MM-DD'],
    ],
    [
      'a reference-style cross-link to a missing heading',
      {
        'articles/good.mdx': article(
          '',
          'See [this][other] and more.\n\n[other]: ./other.mdx#the-headline',
        ),
      },
      [
        'content/articles/good.mdx:16: cross-link "./other.mdx#the-headline": content/articles/other.mdx has no heading with the id "#the-headline". Valid: #the-heading',
      ],
    ],
    [
      'a citation key not in references.json, at its line of the file in .mdx and in .md (whose body Astro renders without the front matter)',
      {
        'articles/good.mdx': article('', 'Economy improved [@storen-2009].'),
        'articles/plain.md': article('', 'Intro.\n\nEconomy improved [@storen-2010].'),
      },
      [
        'content/articles/good.mdx:14: citation "@storen-2009": is not an id in content/references.json',
        '@storen-2008',
        'content/articles/plain.md:16: citation "@storen-2010": is not an id in content/references.json',
      ],
    ],
    [
      'a body image without alt text',
      {
        'articles/photo.jpg': { copy: 'tests/fixtures/gradient-1600x1000.jpg' },
        'articles/good.mdx': article('', '![](./photo.jpg)'),
      },
      [
        'content/articles/good.mdx:14: image "./photo.jpg": has no alt text. Valid: describe what the image shows',
      ],
    ],
    [
      'a date that is not on the calendar, reported as written (YAML would make it 2 March)',
      {
        'articles/good.mdx': article(
          'changes:\n  - date: 2026-02-30\n    type: correction\n    summary: "Fixed."\n',
        ),
      },
      [
        'content/articles/good.mdx:13: changes[0].date "2026-02-30": is not a day on the calendar (February 2026 has 28 days). Valid: a real date written as YYYY-MM-DD',
      ],
    ],
    [
      'an unknown evidence label',
      {
        'articles/good.mdx': article('', 'Lift after the run. <EvidenceLabel level="coaching" />'),
      },
      [
        'content/articles/good.mdx:14: EvidenceLabel level "coaching": is not an evidence level. Valid: well-supported, limited, mixed, weak, coaching-practice',
      ],
    ],
    [
      "a grade written as text in a table's grade column",
      {
        'articles/good.mdx': article(
          '',
          '| Benefit | Evidence |\n|---|---|\n| Economy | Mixed (indirect) |',
        ),
      },
      [
        'content/articles/good.mdx:16: table column "Evidence" "Mixed (indirect)": is a grade written as text; write it as :evidence[<level>] (or <EvidenceLabel level="..." /> in .mdx). Valid: well-supported, limited, mixed, weak, coaching-practice',
      ],
    ],
    [
      'a program that puts two strength days in a row',
      {
        'exercises/goblet-squat.md': gobletSquat(),
        'programs/tiny.mdx': tinyProgram(
          '',
          '[{ lift: A }, { lift: A }, {}, {}, {}, {}, { run: long }]',
        ),
      },
      [
        'content/programs/tiny.mdx',
        'sampleWeeks.0.days.0.lift',
        'puts strength sessions on Monday and the day after: leave a day between them',
      ],
    ],
    [
      'a muscle group no exercise trains',
      { ...gluteLibrary(), 'muscle-groups/glutes.md': glutesGroup('[hip-flexors]') },
      [
        'content/muscle-groups/glutes.md: muscles "hip-flexors": no published exercise lists any of these as a main muscle',
      ],
    ],
    [
      'easier/harder links that go round in a circle',
      {
        ...gluteLibrary(),
        'exercises/hip-thrust.md': fixtureExercise('Hip thrust', 'intermediate', {
          easier: ['one-leg-bridge'],
          harder: ['one-leg-bridge'],
        }),
      },
      [
        'easier / harder',
        'the easier/harder links go round in a circle (',
        'Valid: links that always lead from an easier exercise to a harder one',
      ],
    ],
    [
      'files Astro would misread, all reported together before it reads them',
      {
        'references.json': faultyReferences(),
        'articles/unclosed.mdx': article().replace(/\n---\n/, '\n\n'),
        'articles/outside.mdx': article(
          'hero:\n  src: ../../tests/fixtures/gradient-1600x1000.jpg\n  alt: "A gradient"\n',
        ),
      },
      [
        '5 content problems',
        '"storen-2008": is the id of two entries, number ',
        'the second would silently replace the first, so articles citing "storen-2008" would cite the wrong source',
        '.url (hutson-2021) "javascript:alert(1)": must be an https: address (no http:, javascript: or other schemes)',
        '.doi (paavolainen-1999) "doi:10.1152/jappl.1999.86.5.1527": is written with a prefix; write the DOI alone (the URL field holds the link). Valid: 10.1152/jappl.1999.86.5.1527',
        'content/articles/unclosed.mdx:1: front matter: is not closed: the --- on line 1 has no closing --- line',
        'content/articles/outside.mdx: hero.src "../../tests/fixtures/gradient-1600x1000.jpg": is outside the content/ folder, and only files inside it are published. Valid: an image inside content/',
      ],
    ],
    [
      'a JSON syntax error in references.json, named with its line and column',
      {
        'references.json': readFileSync('content/references.json', 'utf8').replace(
          /("id": "storen-2008"),/,
          '$1',
        ),
      },
      ['content/references.json:4: JSON: is not valid JSON at line 4, column 5 ('],
    ],
    [
      'a form feed in a title (written as the \\f escape, which YAML turns into one)',
      { 'articles/good.mdx': article().replace('A good article', 'A good\\farticle') },
      [
        'content/articles/good.mdx',
        'title',
        'contains the invisible control character U+000C at character 7 (often pasted from a PDF); delete it',
      ],
    ],
  ])('%s', (_name, files, expected) => {
    const { status, output } = buildWith(files);
    expect(status).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
  });
});
