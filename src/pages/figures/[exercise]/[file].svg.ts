import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedExercises } from '../../../data/exercises';
import { exerciseFigureImages } from '../../../data/figures';

/**
 * Each position of each exercise's figure as an SVG file (routes.figureImage), in the light or
 * dark theme as the page showing it is: what an article's <ExerciseFigure> shows.
 */
export const getStaticPaths = (async () => {
  const exercises = await getPublishedExercises();
  return exercises.flatMap((exercise) =>
    exerciseFigureImages(exercise).map((image) => ({
      params: { exercise: exercise.id, file: image.name },
      props: { svg: image.svg },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
