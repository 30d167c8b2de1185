import type { APIRoute, GetStaticPaths } from 'astro';
import { programPaths } from '../../data/pages/program';
import { calendarOf, type Program } from '../../data/programs';

/** The plan in the calendar generator's shape, fetched by the "Add to calendar" form on use. */
export const getStaticPaths = programPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ program: Program }> = async ({ props }) => {
  const { program } = await calendarOf(props.program);
  return new Response(JSON.stringify(program), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
