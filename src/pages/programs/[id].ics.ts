import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOf, getPublishedPrograms, type Program } from '../../data/programs';
import { programCalendar } from '../../lib/ical';
import { absoluteUrl, routes } from '../../lib/routes';

/** The static calendar file for readers without JavaScript (and for direct links). */
export const getStaticPaths = (async () => {
  const programs = await getPublishedPrograms();
  return programs.map((program) => ({ params: { id: program.id }, props: { program } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ program: Program }> = async ({ props, site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`.');
  const { program, defaultStart, stamp } = await calendarOf(props.program);
  const text = programCalendar(program, {
    startDate: defaultStart,
    stamp,
    programUrl: absoluteUrl(routes.program(program.id), site.origin),
    uidHost: site.hostname,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
