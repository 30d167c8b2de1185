import {
  EXPERIENCE,
  PLAN_EQUIPMENT,
  RACE_DISTANCES,
  SESSION_LENGTHS,
  TERRAINS,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from '../../lib/plan-answers';
import { PLAN_EXERCISE_IDS } from '../../lib/plan-builder';
import { routes } from '../../lib/routes';
import type { Equipment } from '../../lib/taxonomy';
import { ui } from '../../ui';
import { absolute } from '../site';
import { getPublishedExercises } from '../exercises';
import { getPublishedPrograms } from '../programs';

/** What the plan page's script gets from the build: an exercise of the library, compactly. */
export interface PlanPageExercise {
  id: string;
  name: string;
  equipment: readonly Equipment[];
  /** Primary and secondary muscle groups: a trail runner's plan favours some (plan-builder.ts). */
  muscles: readonly string[];
  url: string;
}

/** Everything the script needs that is not code: the library and its words (src/ui.ts). */
export interface PlanPageData {
  exercises: PlanPageExercise[];
  text: typeof ui.plan.script;
}

/**
 * The plan page (/plan/): the form's choices, the data its script builds plans from, and the
 * fixed programs for readers without JavaScript. The library is cut to the exercises the
 * generator can choose (PLAN_EXERCISE_IDS) and to published ones, so every link goes to a page.
 */
export async function planPage() {
  const published = await getPublishedExercises();
  const planIds = new Set(PLAN_EXERCISE_IDS);
  const data: PlanPageData = {
    exercises: published
      .filter((exercise) => planIds.has(exercise.id))
      .map((exercise) => ({
        id: exercise.id,
        name: exercise.data.name,
        equipment: exercise.data.equipment,
        muscles: [...exercise.data.primaryMuscles, ...exercise.data.secondaryMuscles],
        url: routes.exercise(exercise.id),
      })),
    text: ui.plan.script,
  };
  const programs = (await getPublishedPrograms()).map((program) => ({
    href: routes.program(program.id),
    label: program.data.title,
    strong: true,
  }));
  return {
    data,
    programs,
    weekdays: WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_NAMES[day] })),
    distances: Object.entries(RACE_DISTANCES).map(([value, { label }]) => ({ value, label })),
    minutes: SESSION_LENGTHS.map((value) => ({ value, label: ui.plan.minutesOption(value) })),
    equipment: Object.entries(PLAN_EQUIPMENT).map(([value, { label }]) => ({ value, label })),
    experience: Object.entries(EXPERIENCE).map(([value, { label }]) => ({ value, label })),
    terrains: Object.entries(TERRAINS).map(([value, { label }]) => ({ value, label })),
    /** The generic page link the share links carry until the script puts the plan's own. */
    shareUrl: absolute(routes.plan()),
  };
}
