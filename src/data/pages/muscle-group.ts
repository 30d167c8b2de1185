import { render } from 'astro:content';
import { routes } from '../../lib/routes';
import { LEVELS, MUSCLES } from '../../lib/taxonomy';
import { ui } from '../../ui';
import { getPublishedArticles } from '../articles';
import { exercisesOfGroup, getPublishedMuscleGroups, type MuscleGroup } from '../muscle-groups';
import { ogImage } from '../og';
import { citationsOf, referenceListItems } from '../references';
import { breadcrumbs, type PageHead } from '../site';
import { exerciseSummary } from './exercise';

/** One page per published muscle group. */
export async function muscleGroupPaths() {
  const groups = await getPublishedMuscleGroups();
  return groups.map((group) => ({ params: { group: group.id }, props: { group } }));
}

/** A muscle group's page: its introduction, then the library's exercises, easiest first. */
export async function muscleGroupPage(group: MuscleGroup) {
  const { title, description, muscles } = group.data;
  const path = routes.muscleGroup(group.id);
  const { Content, remarkPluginFrontmatter } = await render(group);
  const published = await getPublishedArticles();
  const head: PageHead = {
    title,
    description,
    image: ogImage({ kind: 'muscle-group', slug: group.id, title }),
    jsonLd: [
      breadcrumbs([
        { name: ui.exerciseLibrary, path: routes.exercises() },
        { name: title, path },
      ]),
    ],
  };
  return {
    head,
    title,
    description,
    muscles: muscles.map((muscle) => MUSCLES[muscle].label).join(', '),
    Content,
    steps: (await exercisesOfGroup(group)).map((step) => ({
      id: `level-${step.level}`,
      label: LEVELS[step.level].label,
      exercises: step.exercises.map(exerciseSummary),
    })),
    references: await referenceListItems(citationsOf(remarkPluginFrontmatter), group.filePath),
    readNext: group.data.articles.flatMap((ref) => {
      const article = published.find((candidate) => candidate.id === ref.id);
      return article ? [{ href: routes.article(article.id), label: article.data.title }] : [];
    }),
    otherGroups: (await getPublishedMuscleGroups()).filter((other) => other.id !== group.id),
  };
}
