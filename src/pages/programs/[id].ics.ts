import type { APIRoute, GetStaticPaths } from 'astro';
import { programPaths } from '../../data/pages/program';
import { calendarOf, type Program } from '../../data/programs';
import { absolute, siteIdentity } from '../../data/site';
import { programCalendar } from '../../lib/ical';
import { routes } from '../../lib/routes';

/** The static calendar file for readers without JavaScript (and for direct links). */
export const getStaticPaths = programPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ program: Program }> = async ({ props }) => {
  const { program, defaultStart, stamp } = await calendarOf(props.program);
  const text = programCalendar(program, {
    startDate: defaultStart,
    stamp,
    programUrl: absolute(routes.program(program.id)),
    uidHost: new URL(siteIdentity().origin).hostname,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
