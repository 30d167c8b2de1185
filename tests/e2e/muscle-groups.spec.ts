import { expect, test } from '@playwright/test';
import { smartPunctuation } from '../../src/lib/smart-punctuation';
import { typeset } from '../../src/lib/typography';
import { published, readContent, type ExerciseData, type MuscleGroupData } from './content-files';

/**
 * The muscle-group pages list exactly the library's exercises that train the group, grouped by
 * level, with every easier/harder link respected inside a level, each with its dose and a link.
 * The expected lists come from the content files, read here without the site's code.
 */

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
const LEVEL_LABELS = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };
const exercises = published(readContent<ExerciseData>('exercises', '.md'));
const groups = published(readContent<MuscleGroupData>('muscle-groups', '.md'));
const byId = new Map(exercises.map((exercise) => [exercise.id, exercise.data]));

/** Every exercise reachable by climbing "harder" links (either side may write the link). */
function harderThan(id: string, seen = new Set<string>()): Set<string> {
  for (const exercise of exercises) {
    const linked =
      (byId.get(id)?.harder ?? []).includes(exercise.id) ||
      (exercise.data.easier ?? []).includes(id);
    if (linked && !seen.has(exercise.id)) {
      seen.add(exercise.id);
      harderThan(exercise.id, seen);
    }
  }
  return seen;
}

test('there are five muscle-group pages', () => {
  expect(groups.map((group) => group.id).sort()).toEqual([
    'calves',
    'core',
    'glutes',
    'hamstrings',
    'hips',
  ]);
});

for (const group of groups) {
  test(`${group.data.title}: the right exercises, easiest first, each with its dose and page`, async ({
    page,
  }) => {
    await page.goto(`/exercises/for/${group.id}/`);
    await expect(page).toHaveTitle(`${group.data.title} | Strong Miles`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(group.data.title);

    const expected = exercises.filter(({ data }) =>
      data.primaryMuscles.some((muscle) => group.data.muscles.includes(muscle)),
    );
    const listed: string[] = [];
    for (const level of LEVELS) {
      const region = page.getByRole('region', { name: LEVEL_LABELS[level], exact: true });
      const wanted = expected.filter(({ data }) => data.level === level);
      await expect(region).toHaveCount(wanted.length > 0 ? 1 : 0);
      if (wanted.length === 0) continue;
      const items = region.getByRole('listitem');
      await expect(items).toHaveCount(wanted.length);
      const ids: string[] = [];
      for (const item of await items.all()) {
        const link = item.getByRole('link');
        const id = /^\/exercises\/([a-z0-9-]+)\/$/.exec(
          (await link.getAttribute('href')) ?? '',
        )?.[1];
        expect(id, 'each item links to an exercise page').toBeDefined();
        const data = byId.get(id!)!;
        await expect(link).toHaveText(smartPunctuation(data.name));
        // Doses are typeset like all text a reader sees: number ranges get an en dash.
        await expect(item).toContainText(`Sets and reps: ${typeset(data.dose)}`);
        ids.push(id!);
      }
      // Within a level, nothing comes before an exercise the library calls easier than it.
      ids.forEach((id, index) => {
        for (const later of ids.slice(0, index)) {
          expect(harderThan(id).has(later), `${later} is harder than ${id} but listed first`).toBe(
            false,
          );
        }
      });
      listed.push(...ids);
    }
    expect(listed.sort()).toEqual(expected.map((exercise) => exercise.id).sort());
  });
}

test('the exercise library, the topic pages and the articles link to the group pages', async ({
  page,
}) => {
  await page.goto('/exercises/');
  const nav = page.getByRole('navigation', { name: 'Exercises by muscle group' });
  for (const group of groups)
    await expect(nav.getByRole('link', { name: group.data.title })).toHaveAttribute(
      'href',
      `/exercises/for/${group.id}/`,
    );

  const glutes = groups.find((group) => group.id === 'glutes')!;
  await page.goto(`/topics/${glutes.data.topics[0]}/`);
  await page
    .getByRole('region', { name: 'Exercises by muscle group' })
    .getByRole('link', { name: glutes.data.title })
    .click();
  await expect(page).toHaveURL('/exercises/for/glutes/');

  const article = glutes.data.articles![0]!;
  await page.goto(`/articles/${article}/`);
  await expect(
    page
      .getByRole('region', { name: 'Exercises by muscle group' })
      .getByRole('link', { name: glutes.data.title }),
  ).toHaveAttribute('href', '/exercises/for/glutes/');
});
