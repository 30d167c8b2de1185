/**
 * Starter files for `npm run new -- <kind> "Title"`: every required field present and valid,
 * marked as a draft, so a writer starts from a file the build accepts.
 */

/**
 * Articles start as plain Markdown (callouts as directives); rename one to `.mdx` only when it
 * needs a component such as an exercise figure (docs/authoring.md).
 */
export const SCAFFOLD_KINDS = {
  article: { folder: 'articles', extension: '.md' },
  exercise: { folder: 'exercises', extension: '.md' },
  program: { folder: 'programs', extension: '.mdx' },
} as const;

export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

/** "The Deadlift for Runners!" -> "the-deadlift-for-runners" */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const quote = (text: string) => JSON.stringify(text);

/** The path (relative to the project) and text of a new entry. `today` is YYYY-MM-DD. */
export function scaffold(
  kind: ScaffoldKind,
  title: string,
  today: string,
): { path: string; text: string } {
  const slug = slugify(title);
  if (!slug)
    throw new Error(
      `Cannot make a file name from the title ${quote(title)}: use letters or digits.`,
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new Error(`today must be YYYY-MM-DD, got ${quote(today)}`);
  const { folder, extension } = SCAFFOLD_KINDS[kind];
  const path = `content/${folder}/${slug}${extension}`;
  const placeholderDescription = quote(
    `TODO: one plain sentence of 50 to 160 characters about ${title}.`,
  );

  if (kind === 'article') {
    return {
      path,
      text: `---
title: ${quote(title)}
description: ${placeholderDescription}
pubDate: ${today}
updatedDate: ${today}
reviewedDate: ${today}
author: editorial-team
topics: [getting-started]
takeaways:
  - text: "TODO: the first key takeaway, one short sentence."
    evidence: coaching-practice
related: []
exercises: []
programs: []
draft: true
---

TODO: answer the reader's question in this first paragraph, in plain words.

## TODO: first section

Cite sources like this [@storen-2008] and link other pages by file path, like [the deadlift guide](./deadlift-for-runners.mdx).

## What to do this week

- TODO: concrete steps.
`,
    };
  }
  if (kind === 'exercise') {
    return {
      path,
      text: `---
name: ${quote(title)}
description: ${placeholderDescription}
primaryMuscles: [glutes]
secondaryMuscles: []
equipment: [bodyweight]
level: beginner
whyRunners: "TODO: why a runner would do this, in one or two sentences."
cues:
  - "TODO: first step."
  - "TODO: second step."
mistakes:
  - "TODO: a common mistake, and the fix."
positions:
  # TODO: the drawn figure. These are a bodyweight squat's; copy a similar exercise's positions
  # and change the angles (docs/authoring.md, "Drawn figures").
  - name: start
    label: "Standing tall"
    cue: 1
    legs: { hip: 0, knee: 0, ankle: 0 }
    arms: { shoulder: 5, elbow: 10 }
    contacts: { feet: floor }
  - name: bottom
    label: "Lowest point"
    cue: 2
    trunk: 35
    legs: { hip: 122, knee: 116, ankle: 28 }
    arms: { shoulder: 115, elbow: 5 }
    contacts: { feet: floor }
easier: []
harder: []
inEntryVariations: []
dose: "TODO: sets and reps, for example 2-3 sets of 8-12."
draft: true
---

TODO: optional notes on when and how runners use this exercise.
`,
    };
  }
  return {
    path,
    text: `---
title: ${quote(title)}
description: ${placeholderDescription}
level: beginner
audience: "TODO: who this program is for, in a sentence or two."
equipment: [dumbbell, kettlebell]
equipmentNote: "TODO: the equipment in the reader's words (weights, what stands in for a bench)."
weeks: 1
sessionMinutes: { min: 20, max: 30 }
warmUpMinutes: 5
mainLifts:
  - exercise: goblet-squat
    start: "TODO: how to choose the first weight."
    feel: "TODO: how the end of a set should feel, in reps in reserve."
sampleWeeks:
  - label: "TODO: who this week suits, for example 3 easy runs"
    days:
      - { lift: A }
      - { run: easy }
      - {}
      - { run: easy }
      - {}
      - {}
      - { run: long }
pubDate: ${today}
updatedDate: ${today}
reviewedDate: ${today}
plan:
  - week: 1
    phase: learn
    focus: "TODO: what this week is for."
    sessions:
      - id: A
        title: "TODO: session title"
        minutes: 25
        exercises:
          - { exercise: goblet-squat, sets: 3, reps: "8-12", rir: 3, rest: "90 s" }
draft: true
---

TODO: who this program is for, how to progress, and when to see a physiotherapist.
`,
  };
}
