import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { copyProject, PROJECT_ROOT } from '../../../tools/lib/project-copy.ts';

/** A content file: its text, or `{ copy }` to copy a file of this repository. */
export type FixtureFile = string | { copy: string };

/**
 * A copy of the project whose `content/` folder a test writes itself, built with the real
 * `astro build` (tools/lib/project-copy.ts: installed packages are shared, caches are not).
 * Every fixture starts from the real references and author, so citations and bylines resolve.
 */
export class FixtureSite {
  readonly root = copyProject({ prefix: 'strong-miles-fixture-', without: ['content'] });

  /** Replaces the content folder with the base files plus `files` (paths under content/). */
  writeContent(files: Record<string, FixtureFile>): void {
    const content = path.join(this.root, 'content');
    rmSync(content, { recursive: true, force: true });
    for (const folder of ['articles', 'exercises', 'programs', 'authors', 'muscle-groups'])
      mkdirSync(path.join(content, folder), { recursive: true });
    const all: Record<string, FixtureFile> = {
      'references.json': { copy: 'content/references.json' },
      'authors/editorial-team.yaml': { copy: 'content/authors/editorial-team.yaml' },
      ...files,
    };
    for (const [file, source] of Object.entries(all)) {
      const target = path.join(content, file);
      mkdirSync(path.dirname(target), { recursive: true });
      if (typeof source === 'string') writeFileSync(target, source);
      else cpSync(path.join(PROJECT_ROOT, source.copy), target);
    }
  }

  /** Runs `astro build`; returns its exit code and its whole output. */
  build(): { status: number | null; output: string } {
    const result = spawnSync('npx', ['astro', 'build'], {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  /** A file of the build, by its path under dist/. */
  read(distPath: string): string {
    return readFileSync(path.join(this.root, 'dist', distPath), 'utf8');
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * A valid article: the given front-matter lines are added, the body replaced. Line 14 of the file
 * is the first line of the body, so messages about the body name line 14 onwards.
 */
export function article(extraFrontMatter = '', body = 'Economy improved [@storen-2008].'): string {
  return `---
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
${extraFrontMatter}---

${body}
`;
}

/** The real goblet squat's front matter, without links to exercises a fixture does not have. */
export function gobletSquat(): string {
  const { rawFrontmatter } = parseFrontmatter(
    readFileSync(path.join(PROJECT_ROOT, 'content/exercises/goblet-squat.md'), 'utf8'),
  );
  const frontMatter = rawFrontmatter
    .replace(/^easier:.*$/m, 'easier: []')
    .replace(/^harder:.*$/m, 'harder: []');
  return `---\n${frontMatter}---\n\nNotes.\n`;
}

/** A one-week program using the one exercise `gobletSquat` provides. */
export function tinyProgram(
  extraFrontMatter = '',
  days = '[{ lift: A }, {}, { run: easy }, {}, {}, {}, { run: long }]',
): string {
  return `---
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
${extraFrontMatter}---

Body.
`;
}

/** A minimal valid exercise for the muscle-group fixtures (drawn as the glute bridge is). */
export function fixtureExercise(
  name: string,
  level: string,
  { primary = 'glutes', easier = [] as string[], harder = [] as string[] } = {},
): string {
  return `---
name: "${name}"
description: "A fixture exercise with a description comfortably longer than fifty characters."
primaryMuscles: [${primary}]
equipment: [bodyweight]
level: ${level}
whyRunners: "Fixture."
cues: ["Lie down.", "Brace.", "Press.", "Stop in a line.", "Lower."]
mistakes: ["None."]
positions:
  - name: start
    cue: 1
    trunk: -91
    legs: { hip: 55, knee: 128, ankle: -18 }
    arms: { shoulder: 0, elbow: 0 }
    contacts: { feet: mat, back: mat, hips: mat }
  - name: top
    cue: 4
    trunk: -115
    legs: { hip: 0, knee: 127, ankle: 12 }
    arms: { shoulder: -22, elbow: 0 }
    contacts: { feet: mat, back: mat, head: mat }
    neck: 30
easier: [${easier.join(', ')}]
harder: [${harder.join(', ')}]
dose: "2 sets of ${name.length}"
---
`;
}

/** A muscle-group page for the glutes (or the given muscles), reading the article "good". */
export function glutesGroup(muscles = '[glutes]'): string {
  return `---
title: "Glute exercises for runners"
description: "A fixture group page whose description is longer than the fifty character minimum."
muscles: ${muscles}
topics: [endurance]
articles: [good]
---

Why glutes matter [@dorn-2012].
`;
}

/** Five exercises: four train the glutes, and their links disagree with alphabetical order. */
export function gluteLibrary(): Record<string, FixtureFile> {
  return {
    'exercises/bridge.md': fixtureExercise('Bridge', 'beginner', { harder: ['one-leg-bridge'] }),
    'exercises/one-leg-bridge.md': fixtureExercise('One-leg bridge', 'intermediate', {
      easier: ['bridge'],
    }),
    'exercises/hip-thrust.md': fixtureExercise('Hip thrust', 'intermediate', {
      easier: ['one-leg-bridge'],
    }),
    'exercises/aardvark-lift.md': fixtureExercise('Aardvark lift', 'intermediate'),
    'exercises/plank.md': fixtureExercise('Plank', 'beginner', { primary: 'abdominals' }),
    'muscle-groups/glutes.md': glutesGroup(),
  };
}
