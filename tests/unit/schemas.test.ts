import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';
import { authorSchema } from '../../src/schemas/author';
import { exerciseSchema } from '../../src/schemas/exercise';
import { muscleGroupSchema } from '../../src/schemas/muscle-group';
import { programSchema } from '../../src/schemas/program';
import { referenceSchema } from '../../src/schemas/reference';
import type { ReferenceFactory } from '../../src/schemas/shared';
import references from '../../content/references.json';

/** Stand-ins for Astro's helpers: the real ones need a running content layer. */
const reference = ((collection: string) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as ReferenceFactory;
const schema = articleSchema({ image: () => z.string(), reference });

const valid = {
  title: 'Strength training and running economy',
  description:
    'What lifting does to the energy cost of running, how big the effect is, and who was studied.',
  pubDate: '2026-11-21',
  updatedDate: '2026-11-21',
  reviewedDate: '2026-11-21',
  author: 'editorial-team',
  topics: ['running-economy'],
  series: 'why-runners-should-lift',
  seriesOrder: 2,
  takeaways: [{ text: 'Economy improved in trained runners.', evidence: 'well-supported' }],
};

/** The first issue as "path: message", the way a writer reads it. */
function firstIssue(input: unknown, against: z.ZodType = schema): string {
  const result = against.safeParse(input);
  if (result.success) return 'valid';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('article schema', () => {
  it('accepts curly quotes, dashes, a non-breaking hyphen and accents in the title', () => {
    expect(
      firstIssue({
        ...valid,
        title: '\u201CWeek\u20112\u201D \u2013 caf\u00E9 runners\u2019 plan\u2026',
      }),
    ).toBe('valid');
  });

  it('sets front-matter text like the body: curly quotes and apostrophes, dashes, ranges', () => {
    const parsed = schema.parse({
      ...valid,
      title: 'What core strength can\'t do for "form"',
      description: `${valid.description} A runner's 2-3 sessions -- and "no" more...`,
      takeaways: [{ text: "Lifting won't raise VO2max.", evidence: 'limited' }],
      updatedDate: '2026-12-04',
      changes: [{ date: '2026-11-25', type: 'update', summary: "Adds ACSM's 2026 advice." }],
    });
    expect(parsed.title).toBe('What core strength can’t do for “form”');
    expect(parsed.description).toBe(
      `${valid.description} A runner’s 2–3 sessions — and “no” more…`,
    );
    expect(parsed.takeaways[0]?.text).toBe('Lifting won’t raise VO2max.');
    expect(parsed.changes[0]?.summary).toBe('Adds ACSM’s 2026 advice.');
    // Hyphens in titles stay as written (the card and <title> keep them; headings make them
    // non-breaking).
    expect(schema.parse({ ...valid, title: '2-3 sessions for 8-week plans' }).title).toBe(
      '2-3 sessions for 8-week plans',
    );
  });

  it('accepts emoji outside the title, where no card draws it', () => {
    expect(
      firstIssue({ ...valid, takeaways: [{ text: 'Lift \u{1F4AA}', evidence: 'limited' }] }),
    ).toBe('valid');
  });

  it('accepts tabs and line breaks, the only control characters text may hold', () => {
    expect(firstIssue({ ...valid, description: `${valid.description}\n\tMore.` })).toBe('valid');
  });

  it('accepts a complete article and fills defaults', () => {
    const parsed = schema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.related).toEqual([]);
    expect(parsed.author).toEqual({ collection: 'authors', id: 'editorial-team' });
    expect(parsed.pubDate).toBeInstanceOf(Date);
  });

  it.each([
    ['missing title', { title: undefined }, /^title: must be the article title/],
    ['empty title', { title: '  ' }, /^title: must not be empty/],
    [
      'a form feed in the title (pasted from a PDF)',
      { title: 'Strength\ftraining' },
      /^title: contains the invisible control character U\+000C at character 9 \(often pasted from a PDF\); delete it\. Valid: text with tabs and line breaks/,
    ],
    [
      'an emoji in the title (the Open Graph card cannot draw it)',
      { title: 'Strength training \u{1F4AA} for runners' },
      /^title: contains "\u{1F4AA}" \(U\+1F4AA\), which the Open Graph card's font cannot draw .*; remove or replace it\. Valid: Latin letters/u,
    ],
    [
      'Hebrew and Arabic in the title',
      { title: 'Strength \u05E9\u05DC\u05D5\u05DD \u0633\u0644\u0627\u0645' },
      /^title: contains "\u05E9" \(U\+05E9\), "\u05DC" \(U\+05DC\), "\u05D5" \(U\+05D5\), "\u05DD" \(U\+05DD\), "\u0633" \(U\+0633\) and 3 more, which the Open Graph card's font cannot draw/u,
    ],
    [
      'DEL in the description',
      { description: `${valid.description}\u007F` },
      /^description: contains the invisible control character U\+007F/,
    ],
    [
      'a NUL in a takeaway',
      { takeaways: [{ text: 'One\u0000', evidence: 'limited' }] },
      /^takeaways\.0\.text: contains the invisible control character U\+0000/,
    ],
    [
      'short description',
      { description: 'Too short.' },
      /^description: is too short \(10 characters\); write 50 to 160/,
    ],
    [
      'long description',
      { description: 'x'.repeat(161) },
      /^description: is too long \(161 characters\); write 50 to 160/,
    ],
    [
      'unknown topic',
      { topics: ['speed'] },
      /^topics\.0: "speed" is not a known topic; use one of: injury-prevention, rehab/,
    ],
    ['no topic', { topics: [] }, /^topics: needs at least one topic/],
    ['invalid date', { pubDate: '2026-13-45' }, /^pubDate: must be a date written as YYYY-MM-DD/],
    [
      'series without order',
      { seriesOrder: undefined },
      /^seriesOrder: is required when series is set/,
    ],
    ['updated before published', { updatedDate: '2026-01-01' }, /^updatedDate: is before pubDate/],
    [
      'unknown evidence label',
      { takeaways: [{ text: 'x', evidence: 'strong' }] },
      /^takeaways\.0\.evidence: "strong" is not a known evidence level; use one of: well-supported, limited/,
    ],
    ['unknown field', { tags: ['x'] }, /tags/],
    [
      'hero without alt',
      { hero: { src: 'hero.jpg' } },
      /^hero\.alt: must be alt text describing the image/,
    ],
    ['bad redirect slug', { redirectFrom: ['Old Name'] }, /^redirectFrom\.0: must be a slug/],
  ])('%s', (_name, change, message) => {
    expect(firstIssue({ ...valid, ...change })).toMatch(message);
  });
});

describe('the changes field of articles and programs', () => {
  const change = { date: '2026-11-25', type: 'correction', summary: 'We fixed a number.' };
  const withChanges = (changes: unknown) => ({ ...valid, updatedDate: '2026-12-04', changes });

  it('defaults to no changes, and accepts dated entries of the three kinds', () => {
    expect(schema.parse(valid).changes).toEqual([]);
    const parsed = schema.parse(
      withChanges([
        change,
        { date: new Date('2026-12-04T00:00:00Z'), type: 'update', summary: 'Added a section.' },
        { date: '2026-11-21', type: 'clarification', summary: 'Reworded the opening.' },
      ]),
    );
    expect(
      parsed.changes.map((entry) => [entry.date.toISOString().slice(0, 10), entry.type]),
    ).toEqual([
      ['2026-11-25', 'correction'],
      ['2026-12-04', 'update'],
      ['2026-11-21', 'clarification'],
    ]);
  });

  it.each([
    [
      'an unknown type',
      [{ ...change, type: 'fix' }],
      /^changes\.0\.type: "fix" is not a known change type; use one of: correction, clarification, update$/,
    ],
    [
      'a day that does not exist',
      [{ ...change, date: '2026-02-30' }],
      /^changes\.0\.date: "2026-02-30" is not a day on the calendar \(February 2026 has 28 days\)/,
    ],
    [
      'a date not written as YYYY-MM-DD',
      [{ ...change, date: '4 Dec 2026' }],
      /^changes\.0\.date: "4 Dec 2026" is not a day on the calendar \(it is not written as YYYY-MM-DD\)/,
    ],
    [
      'a change newer than updatedDate',
      [{ ...change, date: '2026-12-05' }],
      /^changes\.0\.date: 2026-12-05 is after updatedDate \(2026-12-04\): set updatedDate to 2026-12-05 or later/,
    ],
    [
      'a change before publication',
      [change, { ...change, date: '2026-11-20' }],
      /^changes\.1\.date: 2026-11-20 is before pubDate \(2026-11-21\)/,
    ],
    ['an empty summary', [{ ...change, summary: ' ' }], /^changes\.0\.summary: must not be empty/],
    [
      'a summary longer than one sentence',
      [{ ...change, summary: 'x'.repeat(201) }],
      /^changes\.0\.summary: is 201 characters; keep it to one sentence of at most 200$/,
    ],
    [
      'a summary over two lines',
      [{ ...change, summary: 'One line.\nTwo lines.' }],
      /^changes\.0\.summary: must be one line/,
    ],
    [
      'a misspelled key',
      [{ ...change, note: 'x' }],
      /^changes\.0: has an unknown field "note"; a change has only date, type and summary$/,
    ],
    [
      'an entry that is not a date, type and summary',
      ['Fixed a typo.'],
      /^changes\.0: each change must be written as date, type and summary$/,
    ],
    ['a single entry instead of a list', change, /^changes: must be a list of changes/],
  ])('%s fails with the field and a message a writer can act on', (_name, changes, message) => {
    expect(firstIssue(withChanges(changes))).toMatch(message);
  });

  it('applies the same rules to programs', () => {
    const program = programSchema({ reference });
    // A real plan from the training path, so the test follows the program schema as it grows.
    const base = {
      ...frontMatterOf('content/programs/beginner-strength-plan-8-weeks.mdx'),
      updatedDate: '2026-11-21',
      changes: undefined,
    };
    expect(
      program.parse({ ...base, changes: [change].map((c) => ({ ...c, date: '2026-11-21' })) })
        .changes,
    ).toHaveLength(1);
    expect(firstIssue({ ...base, changes: [change] }, program)).toMatch(
      /^changes\.0\.date: 2026-11-25 is after updatedDate \(2026-11-21\)/,
    );
  });
});

describe('muscle-group schema', () => {
  const group = muscleGroupSchema({ reference });
  const good = {
    title: 'Glute exercises for runners',
    description: 'Bridges, squats, hinges and jumps that train your glutes, easiest first.',
    muscles: ['glutes'],
    topics: ['technique'],
    articles: ['deadlift-for-runners'],
  };

  it('accepts a group and links its articles', () => {
    const parsed = group.parse(good);
    expect(parsed.articles).toEqual([{ collection: 'articles', id: 'deadlift-for-runners' }]);
    expect(parsed.draft).toBe(false);
  });

  it.each([
    [
      'an unknown muscle',
      { muscles: ['glute'] },
      /^muscles\.0: "glute" is not a known muscle; use one of: quadriceps, hamstrings, glutes/,
    ],
    ['no muscles', { muscles: [] }, /^muscles: needs at least one muscle key/],
    ['a muscle twice', { muscles: ['glutes', 'glutes'] }, /^muscles: lists a muscle twice/],
    ['no topic', { topics: [] }, /^topics: needs at least one topic/],
    [
      'a short description',
      { description: 'Glutes.' },
      /^description: is too short \(7 characters\)/,
    ],
    ['an unknown field', { exercises: ['glute-bridge'] }, /exercises/],
  ])('%s', (_name, change, message) => {
    expect(firstIssue({ ...good, ...change }, group)).toMatch(message);
  });
});

describe('references.json', () => {
  it('matches the reference schema, with unique ids', () => {
    const parsed = z.array(referenceSchema).parse(references);
    const ids = parsed.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('storen-2008');
  });

  it('curls apostrophes in authors, titles and journals (the file keeps them straight)', () => {
    const parsed = z.array(referenceSchema).parse(references);
    const hutsonShown = parsed.find((entry) => entry.id === 'hutson-2021')!;
    expect(hutsonShown.authors).toContain('O’Donnell E');
    expect(references.find((entry) => entry.id === 'hutson-2021')!.authors).toContain(
      "O'Donnell E",
    );
    const shown = parsed.flatMap((entry) => [entry.authors, entry.title, entry.journal]);
    expect(shown.filter((text) => /['"]/.test(text))).toEqual([]);
  });

  it('shows readers no note about what was not checked (issue 18)', () => {
    const parsed = z.array(referenceSchema).parse(references);
    const shown = parsed.flatMap((entry) => [entry.authors, entry.pages ?? '', entry.population]);
    expect(shown.filter((text) => /not (re-?)?(verified|checked)/i.test(text))).toEqual([]);
    const beyer = parsed.find((entry) => entry.id === 'beyer-2015');
    expect(beyer?.pages).toBe('1704');
  });

  const storen = references.find((entry) => entry.id === 'storen-2008')!;
  const hutson = references.find((entry) => entry.id === 'hutson-2021')!;
  it.each<[string, Record<string, unknown>, string]>([
    [
      'a javascript: URL',
      { ...hutson, url: 'javascript:alert(1)' },
      'url: must be an https: address (no http:, javascript: or other schemes)',
    ],
    [
      'a plain http: URL',
      { ...hutson, url: 'http://pmc.ncbi.nlm.nih.gov/articles/PMC164305' },
      'url: must be an https: address',
    ],
    [
      'a DOI written with doi:',
      { ...storen, doi: `doi:${storen.doi}` },
      `doi: is written with a prefix; write the DOI alone (the URL field holds the link). Valid: ${storen.doi}`,
    ],
    [
      'a DOI written as a resolver URL',
      { ...storen, doi: `https://dx.doi.org/${storen.doi}` },
      `doi: is written with a prefix; write the DOI alone (the URL field holds the link). Valid: ${storen.doi}`,
    ],
    ['something that is not a DOI', { ...storen, doi: 'MSS.0b013' }, 'doi: is not a DOI. Valid:'],
    [
      'a URL that points somewhere else than its DOI',
      { ...storen, url: 'https://example.org/storen' },
      `url: does not match the DOI ${storen.doi}: a reference with a DOI links to its resolver. Valid: https://doi.org/${storen.doi}`,
    ],
    [
      'a form feed in a title',
      { ...storen, title: 'Maximal strength\ftraining' },
      'title: contains the invisible control character U+000C at character 17',
    ],
    [
      'a C1 control character in a key finding',
      { ...storen, key_findings: ['Economy \u0085improved'] },
      'key_findings.0: contains the invisible control character U+0085',
    ],
  ])('refuses %s', (_name, entry, message) => {
    expect(firstIssue(entry, referenceSchema)).toContain(message);
  });

  it('accepts the entries without a DOI, which link by their own https: URL', () => {
    expect(firstIssue(hutson, referenceSchema)).toBe('valid');
    expect(hutson.doi ?? null).toBeNull();
  });

  it('sets page ranges with an en dash', () => {
    const parsed = z.array(referenceSchema).parse(references);
    const ranges = parsed
      .map((entry) => entry.pages ?? '')
      .filter((pages) => /\d[-–]\d/.test(pages));
    expect(ranges.length).toBeGreaterThan(10);
    expect(ranges.filter((pages) => pages.includes('-'))).toEqual([]);
  });
});

/**
 * A real entry's front matter as the valid base of a collection's cases, so the cases keep
 * testing the schema as its fields grow.
 */
const frontMatterOf = (file: string) =>
  parseFrontmatter(readFileSync(file, 'utf8')).frontmatter as Record<string, unknown>;

describe('exercise schema', () => {
  const exercise = exerciseSchema({ reference });
  const valid = frontMatterOf('content/exercises/goblet-squat.md');

  it('accepts a library entry and fills defaults', () => {
    const parsed = exercise.parse({ ...valid, easier: undefined, draft: undefined });
    expect(parsed.easier).toEqual([]);
    expect(parsed.draft).toBe(false);
  });

  it('sets number ranges in the text a reader sees with en dashes, and leaves ids alone', () => {
    const parsed = exercise.parse({
      ...valid,
      dose: 'Learning: 2-3 sets of 8-12.',
      cues: ['Hold 20-30 s.', 'Breathe.'],
      easier: ['bodyweight-squat'],
    });
    expect(parsed.dose).toBe('Learning: 2–3 sets of 8–12.');
    expect(parsed.cues[0]).toBe('Hold 20–30 s.');
    expect(parsed.easier[0]).toMatchObject({ id: 'bodyweight-squat' });
  });

  it('curls the quotes and apostrophes of its name, description, cues and mistakes', () => {
    const parsed = exercise.parse({
      ...valid,
      name: "World's greatest stretch",
      description: `${valid.description as string} Don't rush it.`,
      cues: ['Say "up" as you stand.', "Keep the bar over your foot's middle."],
      mistakes: ["Set the rack's safety bars."],
    });
    expect(parsed.name).toBe('World’s greatest stretch');
    expect(parsed.description.endsWith(' Don’t rush it.')).toBe(true);
    expect(parsed.cues).toEqual([
      'Say “up” as you stand.',
      'Keep the bar over your foot’s middle.',
    ]);
    expect(parsed.mistakes).toEqual(['Set the rack’s safety bars.']);
  });

  it.each([
    ['missing name', { name: undefined }, /^name: must be the exercise name/],
    [
      'no primary muscle',
      { primaryMuscles: [] },
      /^primaryMuscles: needs at least one primary muscle/,
    ],
    [
      'unknown muscle',
      { primaryMuscles: ['biceps-femoris-long-head'] },
      /^primaryMuscles\.0: "biceps-femoris-long-head" is not a known muscle; use one of: /,
    ],
    ['no equipment', { equipment: [] }, /^equipment: needs at least one equipment value/],
    ['unknown level', { level: 'expert' }, /^level: "expert" is not a known level; use one of: /],
    ['a single cue', { cues: ['Stand tall.'] }, /^cues: needs at least two steps/],
    ['unknown field', { sets: 3 }, /sets/],
  ])('%s', (_name, change, message) => {
    expect(firstIssue({ ...valid, ...change }, exercise)).toMatch(message);
  });
});

describe('program schema', () => {
  const program = programSchema({ reference });
  const valid = frontMatterOf('content/programs/beginner-strength-plan-8-weeks.mdx');
  const plan = valid.plan as { week: number; sessions: unknown[] }[];

  it('accepts a plan and links its exercises', () => {
    const parsed = program.parse(valid);
    expect(parsed.plan[0]?.sessions[0]?.exercises[0]?.exercise).toMatchObject({
      collection: 'exercises',
    });
  });

  it('sets the reps and rest of every line with en dashes', () => {
    const parsed = program.parse(valid);
    const lines = parsed.plan.flatMap((week) => week.sessions.flatMap((s) => s.exercises));
    expect(lines.some((line) => line.rest.includes('–'))).toBe(true);
    expect(
      lines.every((line) => !/\d-\d/.test(`${line.reps} ${line.rest} ${line.notes ?? ''}`)),
    ).toBe(true);
  });

  it.each([
    [
      'weeks that disagree with the plan',
      { weeks: plan.length + 1 },
      new RegExp(`^plan: has ${plan.length} weeks but "weeks" says ${plan.length + 1}`),
    ],
    [
      'weeks out of order',
      { plan: [{ ...plan[0], week: 2 }, ...plan.slice(1)], weeks: plan.length },
      /^plan\.0\.week: should be 1: weeks are numbered 1, 2, 3/,
    ],
    [
      'a week without sessions',
      { plan: [{ ...plan[0], sessions: [] }], weeks: 1 },
      /^plan\.0\.sessions/,
    ],
    ['unknown level', { level: 'elite' }, /^level: "elite" is not a known level/],
    ['invalid date', { updatedDate: 'soon' }, /^updatedDate: must be a date written as YYYY-MM-DD/],
  ])('%s', (_name, change, message) => {
    expect(firstIssue({ ...valid, ...change }, program)).toMatch(message);
  });

  /** The valid plan with the first session's lines replaced. */
  const withFirstSession = (exercises: Record<string, unknown>[]) => {
    const week = plan[0] as { sessions: { exercises: unknown[] }[] };
    const session = { ...week.sessions[0], exercises };
    return {
      ...valid,
      plan: [{ ...week, sessions: [session, ...week.sessions.slice(1)] }, ...plan.slice(1)],
    };
  };
  const squat = { exercise: 'bodyweight-squat', sets: 2, reps: '10', rest: '60 s' };
  const plank = { exercise: 'plank', sets: 2, reps: '20 s', rest: '30 s' };

  it('accepts a pair of two lines sharing a letter', () => {
    expect(() =>
      program.parse(
        withFirstSession([
          { ...squat, pair: 'A' },
          { ...plank, pair: 'A' },
        ]),
      ),
    ).not.toThrow();
  });

  it.each([
    [
      'a pair of one',
      [{ ...squat, pair: 'A' }, plank],
      /^plan\.0\.sessions\.0\.exercises\.0\.pair: pair "A" is on 1 exercise/,
    ],
    [
      'a pair letter that is not a capital',
      [{ ...squat, pair: 'a1' }, plank],
      /^plan\.0\.sessions\.0\.exercises\.0\.pair: must be one capital letter/,
    ],
  ])('rejects %s', (_name, exercises, message) => {
    expect(firstIssue(withFirstSession(exercises), program)).toMatch(message);
  });
});

describe('author schema', () => {
  const valid = parseYaml(readFileSync('content/authors/editorial-team.yaml', 'utf8')) as Record<
    string,
    unknown
  >;

  it('accepts the editorial team and fills defaults', () => {
    expect(authorSchema.parse({ ...valid, links: undefined }).links).toEqual([]);
  });

  it('curls the quotes and apostrophes of the name, role and bio', () => {
    const parsed = authorSchema.parse({
      ...valid,
      name: "Siobhan O'Brien",
      role: "Runners' coach",
      bio: 'Says "lift" a lot.',
    });
    expect([parsed.name, parsed.role, parsed.bio]).toEqual([
      'Siobhan O’Brien',
      'Runners’ coach',
      'Says “lift” a lot.',
    ]);
  });

  it.each([
    ['missing name', { name: undefined }, /^name: must be the author name/],
    ['unknown kind', { kind: 'robot' }, /^kind: /],
    [
      'a link that is not a URL',
      { links: [{ label: 'Site', url: 'not a url' }] },
      /^links\.0\.url: /,
    ],
    ['unknown field', { email: 'x@example.org' }, /email/],
  ])('%s', (_name, change, message) => {
    expect(firstIssue({ ...valid, ...change }, authorSchema)).toMatch(message);
  });
});
