import { render } from 'astro:content';
import { pickById } from '../../lib/content-graph';
import { exercisesForMuscle, muscleFacetLinks } from '../../lib/exercise-facets';
import { routes, type ExerciseFacet } from '../../lib/routes';
import { howToJsonLd } from '../../lib/seo';
import {
  EQUIPMENT,
  EQUIPMENT_KEYS,
  LEVEL_KEYS,
  LEVELS,
  MUSCLE_KEYS,
  MUSCLES,
  type Muscle,
} from '../../lib/taxonomy';
import { ui } from '../../ui';
import { getPublishedArticles } from '../articles';
import { getPublishedExercises, type Exercise } from '../exercises';
import { exerciseFigures, exerciseThumbnail } from '../figures';
import { getPublishedMuscleGroups } from '../muscle-groups';
import { ogImage } from '../og';
import { getPublishedPrograms } from '../programs';
import { citationsOf, referenceListItems } from '../references';
import { breadcrumbs, siteIdentity, type PageHead } from '../site';

/** An exercise as lists show it: linked name, then level and equipment. */
export interface ExerciseSummary {
  href: string;
  name: string;
  details: string;
  /** Sets-and-reps guidance, for lists that show it (the muscle-group pages). */
  dose: string;
  /** A small drawing of the exercise (SVG markup from its positions; decorative in lists). */
  thumbnail: string;
}

export function exerciseSummary(exercise: Exercise): ExerciseSummary {
  return {
    href: routes.exercise(exercise.id),
    name: exercise.data.name,
    details: `${LEVELS[exercise.data.level].label} · ${exercise.data.equipment.map((item) => EQUIPMENT[item].label).join(', ')}`,
    dose: exercise.data.dose,
    thumbnail: exerciseThumbnail(exercise),
  };
}

/** "Browse by" muscle, level and equipment, with counts; `current` marks the page being shown. */
export type ExerciseFacets = ReturnType<typeof exerciseFacets>;

function exerciseFacets(exercises: readonly Exercise[], current?: string) {
  const facet = (label: string, links: { href: string; label: string; count: number }[]) => ({
    label,
    links: links
      .filter((link) => link.count > 0)
      .map((link) => ({ ...link, current: link.href === current })),
  });
  return [
    facet(ui.muscle, muscleFacetLinks(exercises)),
    facet(
      ui.level,
      LEVEL_KEYS.map((key) => ({
        href: routes.exercisesBy('level', key),
        label: LEVELS[key].label,
        count: exercises.filter((exercise) => exercise.data.level === key).length,
      })),
    ),
    facet(
      ui.equipment,
      EQUIPMENT_KEYS.map((key) => ({
        href: routes.exercisesBy('equipment', key),
        label: EQUIPMENT[key].label,
        count: exercises.filter((exercise) => exercise.data.equipment.includes(key)).length,
      })),
    ),
  ];
}

/** The library: every exercise under each muscle it mainly works, and the browse links. */
export async function exercisesIndexPage() {
  const exercises = await getPublishedExercises();
  const groups = MUSCLE_KEYS.map((muscle: Muscle) => ({
    id: `muscle-${muscle}`,
    label: MUSCLES[muscle].label,
    exercises: exercises
      .filter((exercise) => exercise.data.primaryMuscles.includes(muscle))
      .map(exerciseSummary),
  })).filter((group) => group.exercises.length > 0);
  const muscleGroups = (await getPublishedMuscleGroups()).map((group) => ({
    href: routes.muscleGroup(group.id),
    title: group.data.title,
  }));
  return {
    facets: exerciseFacets(exercises),
    muscleLinks: muscleFacetLinks(exercises),
    groups,
    muscleGroups,
  };
}

/** A list of exercises on a facet page, under a heading when the page has more than one. */
interface FacetGroup {
  heading?: string;
  items: Exercise[];
}

/**
 * One page per equipment value, level and muscle that has at least one exercise. A muscle's page
 * lists the exercises that mainly work it, then those that also work it.
 */
export async function exerciseFacetPaths() {
  const exercises = await getPublishedExercises();
  const path = (
    facet: ExerciseFacet,
    value: string,
    title: string,
    groups: FacetGroup[],
    subject?: string,
  ) => ({
    params: { facet, value },
    props: { title, subject, groups: groups.filter((group) => group.items.length > 0) },
  });
  const byEquipment = EQUIPMENT_KEYS.map((key) =>
    path('equipment', key, ui.exercisesWith(EQUIPMENT[key].label), [
      { items: exercises.filter((exercise) => exercise.data.equipment.includes(key)) },
    ]),
  );
  const byLevel = LEVEL_KEYS.map((key) =>
    path('level', key, ui.exercisesWith(LEVELS[key].label), [
      { items: exercises.filter((exercise) => exercise.data.level === key) },
    ]),
  );
  const byMuscle = MUSCLE_KEYS.map((key) => {
    const muscle = MUSCLES[key].label.toLowerCase();
    const { primary, secondary } = exercisesForMuscle(exercises, key);
    return path(
      'muscle',
      key,
      ui.exercisesForMuscle(muscle),
      [
        { heading: ui.mainlyWorkMuscle(muscle), items: primary },
        { heading: ui.alsoWorkMuscle(muscle), items: secondary },
      ],
      `that train the ${muscle}`,
    );
  });
  return [...byEquipment, ...byLevel, ...byMuscle].filter((entry) => entry.props.groups.length > 0);
}

/** Everything a filtered exercise list renders. */
export async function exerciseFacetPage(
  facet: ExerciseFacet,
  value: string,
  { title, subject, groups }: { title: string; subject?: string | undefined; groups: FacetGroup[] },
) {
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  return {
    head: {
      title,
      description: subject
        ? `${ui.exerciseCount(count)} ${subject}, for runners: step-by-step cues, common mistakes and easier or harder versions.`
        : `${title} for runners in the Strong Miles library: ${ui.exerciseCount(count)} with step-by-step cues, common mistakes and easier or harder versions.`,
    },
    title,
    lead: `${ui.exerciseCount(count)}. Pick another filter, or see the whole library.`,
    allHref: routes.exercises(),
    facets: exerciseFacets(await getPublishedExercises(), routes.exercisesBy(facet, value)),
    groups: groups.map((group) => ({
      heading: group.heading,
      exercises: group.items.map(exerciseSummary),
    })),
  };
}

/** One page per published exercise. */
export async function exercisePaths() {
  const exercises = await getPublishedExercises();
  return exercises.map((exercise) => ({ params: { id: exercise.id }, props: { exercise } }));
}

/** Everything an exercise page renders. */
export async function exercisePage(exercise: Exercise) {
  const data = exercise.data;
  const path = routes.exercise(exercise.id);
  const { Content, remarkPluginFrontmatter } = await render(exercise);
  const all = await getPublishedExercises();
  const image = ogImage({ kind: 'exercise', slug: exercise.id, title: data.name });
  const equipment = data.equipment.map((item) => EQUIPMENT[item].label);
  const variation = (label: string) => (item: Exercise) => ({
    label,
    href: routes.exercise(item.id),
    name: item.data.name,
  });
  const articles = (await getPublishedArticles()).filter((article) =>
    article.data.exercises.some((ref) => ref.id === exercise.id),
  );
  const programs = (await getPublishedPrograms()).filter((program) =>
    program.data.plan.some((week) =>
      week.sessions.some((session) =>
        session.exercises.some((line) => line.exercise.id === exercise.id),
      ),
    ),
  );
  const head: PageHead = {
    title: data.name,
    description: data.description,
    image,
    jsonLd: [
      howToJsonLd(
        {
          name: data.name,
          description: data.description,
          path,
          steps: data.cues,
          image,
          equipment,
        },
        siteIdentity(),
      ),
      breadcrumbs([
        { name: ui.exerciseLibrary, path: routes.exercises() },
        { name: data.name, path },
      ]),
    ],
  };
  return {
    head,
    name: data.name,
    description: data.description,
    /** The drawn positions and the moving figure (src/lib/figure/). */
    figures: exerciseFigures(exercise),
    facts: [
      { label: ui.level, value: LEVELS[data.level].label },
      { label: ui.equipment, value: equipment.join(', ') },
      { label: ui.setsAndReps, value: data.dose, wide: true },
    ],
    whyRunners: data.whyRunners,
    cues: data.cues,
    mistakes: data.mistakes,
    variations: [
      ...pickById(all, data.easier).map(variation(ui.easier)),
      ...pickById(all, data.harder).map(variation(ui.harder)),
    ],
    inEntryVariations: data.inEntryVariations,
    hasNotes: (exercise.body ?? '').trim().length > 0,
    Content,
    references: await referenceListItems(citationsOf(remarkPluginFrontmatter), exercise.filePath),
    primaryMuscles: data.primaryMuscles,
    secondaryMuscles: data.secondaryMuscles,
    usedIn: [
      ...programs.map((program) => ({
        href: routes.program(program.id),
        label: program.data.title,
        strong: true,
      })),
      ...articles.map((article) => ({
        href: routes.article(article.id),
        label: article.data.title,
      })),
    ],
  };
}
