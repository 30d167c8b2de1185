import { EVIDENCE_LEVEL_KEYS, TOPIC_KEYS } from '../../src/lib/taxonomy.ts';

/**
 * Synthetic articles for the build-scale benchmark (`npm run bench:build`): valid front matter,
 * about 1,500 words, citations of real reference ids and cross-links to other synthetic
 * articles by file path, as docs/authoring.md asks of writers. Deterministic: article `index`
 * of `total` is always the same text, so cold and warm builds and runs on different machines
 * build the same site. Never written into content/: the benchmark uses a temporary copy.
 */

export interface SyntheticInputs {
  /** Ids from content/references.json. */
  referenceIds: readonly string[];
  /** Ids of content/exercises/ entries. */
  exerciseIds: readonly string[];
  /** Ids of content/programs/ entries. */
  programIds: readonly string[];
  /** An id of content/authors/. */
  authorId: string;
}

/** File name (and so slug) of synthetic article `index`. */
export function syntheticSlug(index: number): string {
  return `synthetic-article-${index + 1}`;
}

/** The `##` headings every synthetic article has; cross-links point at their ids. */
export const SYNTHETIC_SECTIONS = [
  'What the research shows',
  'How to train',
  'Common mistakes',
  'How it fits a running week',
  'What to do this week',
] as const;

/** The heading id Astro gives a section title (github-slugger rules for plain words). */
export function sectionId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

/** A small deterministic pseudo-random sequence (mulberry32), seeded per article. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Runners who lifted twice a week',
  'Heavy squats',
  'A short plyometric block',
  'Single-leg strength work',
  'Calf and soleus training',
  'Hip and trunk exercises',
  'A supervised program',
  'Slow, heavy resistance training',
  'Lifting on hard-run days',
  'Eight weeks of strength work',
];
const VERBS = [
  'improved',
  'did not clearly change',
  'slightly reduced',
  'was linked with better',
  'made little difference to',
  'helped maintain',
];
const OBJECTS = [
  'running economy at marathon pace',
  'time to exhaustion in trained runners',
  'sprint speed over the last kilometre',
  'injury rates in novice runners',
  'tendon stiffness and stride control',
  'strength without adding body mass',
  'soreness in the days after a session',
  'balance on one leg at the end of long runs',
];
const QUALIFIERS = [
  'in a small trial',
  'across several studies',
  'in well-trained runners',
  'in recreational runners',
  'over eight to twelve weeks',
  'when the program was supervised',
  'although the evidence is limited',
  'with wide differences between people',
];
const ADVICE = [
  'Start with two sessions a week and keep the weights light for the first fortnight.',
  'Leave at least one easy day between a heavy lifting session and your long run.',
  'Stop a set when your technique changes, not when you cannot lift any more.',
  'Write down what you lift so you can add a little weight each week.',
  'Keep the session short: four or five exercises done well are enough.',
  'If something hurts for more than a day or two, have it checked.',
];

/**
 * Front matter and body of synthetic article `index` of `total` (at least 2). Plain Markdown
 * (`.md`); `extension` '.mdx' writes the same text as MDX, for commits that read only MDX
 * articles (`npm run bench:build -- --compare` with an older commit).
 */
export function syntheticArticle(
  index: number,
  total: number,
  inputs: SyntheticInputs,
  extension: '.md' | '.mdx' = '.md',
): { fileName: string; text: string } {
  if (total < 2) throw new Error('synthetic articles: need at least 2 so they can link each other');
  if (inputs.referenceIds.length < 3)
    throw new Error('synthetic articles: need at least 3 reference ids');
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const other = (offset: number) => (index + offset) % total;
  const topicCount = 1 + Math.floor(next() * 2);
  const topics = [...new Set(Array.from({ length: topicCount }, () => pick(TOPIC_KEYS)))];
  // Dates spread over five years before the site's launch, so nothing is scheduled for later.
  const day = new Date(Date.UTC(2021, 0, 1) + (index % 1800) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const related = [1, 2, 3]
    .map((offset) => syntheticSlug(other(offset)))
    .filter((slug) => slug !== syntheticSlug(index));
  const cite = () => `[@${pick(inputs.referenceIds)}]`;
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(QUALIFIERS)}.`;
  const paragraph = (sentences: number, withCitation: boolean) =>
    `${Array.from({ length: sentences }, sentence).join(' ')}${withCitation ? ` ${cite()}` : ''}`;

  const linkTarget = (offset: number, section: number) => {
    const target = other(offset);
    const title = SYNTHETIC_SECTIONS[section % SYNTHETIC_SECTIONS.length]!;
    return `[${title.toLowerCase()} in part ${target + 1}](./${syntheticSlug(target)}${extension}#${sectionId(title)})`;
  };

  const body: string[] = [paragraph(4, true)];
  SYNTHETIC_SECTIONS.forEach((title, section) => {
    body.push(`## ${title}`);
    if (title === 'What to do this week') {
      body.push(ADVICE.map((line) => `- ${line}`).join('\n'));
      body.push(`See ${linkTarget(1, 1)} for the details. ${paragraph(2, false)}`);
      return;
    }
    for (let block = 0; block < 4; block++) body.push(paragraph(5, block % 2 === 0));
    body.push(`For more, read ${linkTarget(section + 1, section)}. ${paragraph(3, true)}`);
    if (section === 1) {
      body.push(
        [
          '| Week | Sets | Reps |',
          '| --- | --- | --- |',
          '| 1-2 | 2 | 10 |',
          '| 3-4 | 3 | 8 |',
          '| 5-8 | 3 | 6 |',
        ].join('\n'),
      );
    }
  });

  const frontMatter = [
    '---',
    `title: "Synthetic article ${index + 1}: strength work for runners"`,
    `description: "A generated article for the build benchmark, about the same length and shape as a real one (number ${index + 1})."`,
    `pubDate: ${day}`,
    `updatedDate: ${day}`,
    `reviewedDate: ${day}`,
    `author: ${inputs.authorId}`,
    `topics: [${topics.join(', ')}]`,
    'takeaways:',
    ...[0, 1, 2].map(
      (n) =>
        `  - text: "${sentence()}"\n    evidence: ${EVIDENCE_LEVEL_KEYS[(index + n) % EVIDENCE_LEVEL_KEYS.length]}`,
    ),
    `related: [${related.join(', ')}]`,
    `exercises: [${inputs.exerciseIds.slice(0, 2).join(', ')}]`,
    `programs: [${inputs.programIds.slice(0, 1).join(', ')}]`,
    'draft: false',
    '---',
  ];
  return {
    fileName: `${syntheticSlug(index)}${extension}`,
    text: `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n`,
  };
}
