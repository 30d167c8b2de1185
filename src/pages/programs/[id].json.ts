import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOf, getPublishedPrograms, type Program } from '../../data/programs';

/** The plan in the calendar generator's shape, fetched by the "Add to calendar" form on use. */
export const getStaticPaths = (async () => {
  const programs = await getPublishedPrograms();
  return programs.map((program) => ({ params: { id: program.id }, props: { program } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ program: Program }> = async ({ props }) => {
  const { program } = await calendarOf(props.program);
  return new Response(JSON.stringify(program), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
