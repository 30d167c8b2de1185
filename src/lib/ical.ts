/**
 * iCalendar (RFC 5545) files for training programs: one all-day event per session. Pure and
 * dependency-free so the same code runs at build time (the static .ics) and in the browser (the
 * "Add to calendar" form with the reader's own start date).
 */

/** What the calendar needs from a program (a subset of the program schema). */
export interface CalendarProgram {
  id: string;
  title: string;
  plan: readonly {
    week: number;
    focus: string;
    sessions: readonly {
      id: string;
      title: string;
      optional: boolean;
      minutes: number;
      /**
       * Days after the start of the week the session falls on (0 = the first day). Programs set
       * it from their first sample week; without it the session's position picks the day.
       */
      day?: number | undefined;
      exercises: readonly {
        name: string;
        sets: number;
        reps: string;
        /** Rest between sets; a generated plan (src/lib/plan-builder.ts) times sets, not rests. */
        rest?: string | undefined;
        notes?: string | undefined;
      }[];
    }[];
  }[];
}

export interface CalendarOptions {
  /** First day of week 1, YYYY-MM-DD. */
  startDate: string;
  /** When the file was made, as a UTC instant (DTSTAMP). Pass a fixed value for reproducible builds. */
  stamp: Date;
  /** Absolute URL of the program page, added to every event. */
  programUrl: string;
  /** Host used to make UIDs globally unique, for example "strongmiles.org". */
  uidHost: string;
  /** Day offsets within a week for the 1st, 2nd, 3rd... session (default Mon, Wed, Fri from a Monday start). */
  sessionDays?: readonly number[];
}

const DEFAULT_SESSION_DAYS = [0, 2, 4, 5, 6] as const;

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 3.1), never splitting a
 * UTF-8 character; continuation lines start with one space.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (currentBytes + size > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Adds days to a YYYY-MM-DD date, in UTC, returning YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const parsed = parseDate(date);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return parsed.toISOString().slice(0, 10);
}

function parseDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parsed = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : new Date(NaN);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`Expected a date as YYYY-MM-DD, got "${date}"`);
  }
  return parsed;
}

/** The first Monday on or after a date (YYYY-MM-DD). */
export function mondayOnOrAfter(date: string): string {
  const day = parseDate(date).getUTCDay(); // 0 = Sunday
  return addDays(date, (8 - day) % 7);
}

const compactDate = (date: string) => date.replaceAll('-', '');
const compactStamp = (stamp: Date) => `${stamp.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** The text of one session's event description: focus, then one line per exercise. */
function describe(
  week: CalendarProgram['plan'][number],
  session: CalendarProgram['plan'][number]['sessions'][number],
  programUrl: string,
): string {
  const lines = session.exercises.map(
    (line) =>
      `- ${line.name}: ${line.sets} x ${line.reps}${line.rest ? `, rest ${line.rest}` : ''}${line.notes ? ` (${line.notes})` : ''}`,
  );
  return [`Week ${week.week}: ${week.focus}`, '', ...lines, '', `Full plan: ${programUrl}`].join(
    '\n',
  );
}

/** Builds the whole calendar file, with CRLF line endings. */
export function programCalendar(program: CalendarProgram, options: CalendarOptions): string {
  const days = options.sessionDays ?? DEFAULT_SESSION_DAYS;
  parseDate(options.startDate);
  const stamp = compactStamp(options.stamp);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Strong Miles//Training programs//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(program.title)}`,
  ];
  for (const week of program.plan) {
    week.sessions.forEach((session, index) => {
      const day = session.day ?? days[index] ?? days[days.length - 1] ?? 0;
      const offset = (week.week - 1) * 7 + day;
      const date = addDays(options.startDate, offset);
      const summary = `${program.title}: week ${week.week}, session ${session.id}${session.optional ? ' (optional)' : ''}`;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${program.id}-w${week.week}-${session.id.toLowerCase()}@${options.uidHost}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compactDate(date)}`,
        `DTEND;VALUE=DATE:${compactDate(addDays(date, 1))}`,
        `SUMMARY:${escapeText(summary)}`,
        `DESCRIPTION:${escapeText(`${session.title}, about ${session.minutes} min.\n${describe(week, session, options.programUrl)}`)}`,
        `URL:${options.programUrl}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    });
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A file name for the download, for example "beginner-strength-plan-8-weeks-2026-11-23.ics". */
export function calendarFileName(programId: string, startDate: string): string {
  return `${programId}-${startDate}.ics`;
}
