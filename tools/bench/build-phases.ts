import { stripVTControlCharacters } from 'node:util';

/**
 * Where a build's time went, read from the log `astro build` prints: the timestamps and
 * durations Astro writes itself, the time of each generated route, and the times the project's
 * own integrations put in their one-line summaries. `npm run bench:build` prints these so a
 * slow phase names itself. Pure: a log in, milliseconds out.
 */

export const BUILD_PHASES = [
  'start-up',
  'content sync',
  'bundling',
  'cards',
  'pages',
  'search index',
  'pruning',
  'compression',
] as const;
export type BuildPhase = (typeof BUILD_PHASES)[number];

/** Milliseconds per phase; 'start-up' is what the other phases do not account for. */
export type PhaseTimes = Record<BuildPhase, number>;

/** "40.31s", "1m 50s", "5m", "1h 2m 3s", "95ms", "2.5 s" as milliseconds. */
export function durationMs(text: string): number {
  const match = /^(?:(\d+)h\s*)?(?:(\d+)m(?!s)\s*)?(?:(\d+(?:\.\d+)?)\s*(ms|s))?$/.exec(
    text.trim(),
  );
  if (!match || (!match[1] && !match[2] && !match[3]))
    throw new Error(`Not a duration Astro prints: "${text}"`);
  const hours = Number(match[1] ?? 0);
  const minutes = Number(match[2] ?? 0);
  const amount = Number(match[3] ?? 0);
  return hours * 3_600_000 + minutes * 60_000 + (match[4] === 'ms' ? amount : amount * 1000);
}

/** Seconds since midnight of a log line's "HH:MM:SS" prefix, or undefined. */
function clock(line: string): number | undefined {
  const match = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Where the Open Graph card routes live (src/lib/routes.ts puts every card under /og/). */
const CARD_ROUTE = /^\/og\//;

/**
 * Splits a build's wall time (`totalMs`, measured by the caller around the whole process) into
 * phases. Content sync comes from the log's timestamps (whole seconds); bundling sums Vite's
 * "built in"; cards sum the generation time of every route under /og/, pages the rest of route
 * generation; search index, pruning and compression come from the integrations' own "in N ms"
 * (for the search index, built beside the steps before it, the time the build waited for it).
 * A phase whose line is missing counts 0. Start-up is the remainder (process start, config,
 * integrations, and hooks between the others), never negative.
 */
export function buildPhases(log: string, totalMs: number): PhaseTimes {
  const lines = stripVTControlCharacters(log).split('\n');
  const times: PhaseTimes = {
    'start-up': 0,
    'content sync': 0,
    bundling: 0,
    cards: 0,
    pages: 0,
    'search index': 0,
    pruning: 0,
    compression: 0,
  };
  let syncStarted: number | undefined;
  let inRoutes = false;
  let routesTotal = 0;
  for (const line of lines) {
    if (line.includes('[content] Syncing content')) syncStarted = clock(line);
    if (line.includes('[content] Synced content') && syncStarted !== undefined) {
      times['content sync'] += Math.max(0, ((clock(line) ?? syncStarted) - syncStarted) * 1000);
      syncStarted = undefined;
    }
    const vite = /\[vite\] ✓ built in (.+)$/.exec(line);
    if (vite) times.bundling += durationMs(vite[1]!);
    if (line.includes('generating static routes')) inRoutes = true;
    const route = /[├└]─ (\S+) \(\+([^)]+)\)/.exec(line);
    if (inRoutes && route) {
      if (CARD_ROUTE.test(route[1]!)) times.cards += durationMs(route[2]!);
    }
    const routesDone = /^(?:\d\d:\d\d:\d\d )?\s*✓ Completed in (.+?)\.?\s*$/.exec(line);
    if (inRoutes && routesDone && !line.includes('[build]')) {
      routesTotal += durationMs(routesDone[1]!);
      inRoutes = false;
    }
    const own = / in (\d+) ms\.?\s*$/.exec(line);
    if (own) {
      const ms = Number(own[1]);
      if (line.includes('search-index]')) times['search index'] += ms;
      else if (line.includes('prune-page-css]')) times.pruning += ms;
      else if (line.includes('deploy-files]')) times.compression += ms;
    }
  }
  times.pages = Math.max(0, routesTotal - times.cards);
  const accounted = BUILD_PHASES.filter((phase) => phase !== 'start-up').reduce(
    (sum, phase) => sum + times[phase],
    0,
  );
  times['start-up'] = Math.max(0, totalMs - accounted);
  return times;
}
