import type { CalendarOptions, CalendarProgram } from './ical';
import { dayNumber, isoDay } from './plan-answers';
import type { Plan, PlanPhase, SessionTiming } from './plan-builder';

/**
 * A generated plan (src/lib/plan-builder.ts) as input for the site's one RFC 5545 generator
 * (`programCalendar` in src/lib/ical.ts): one all-day event per session, on the session's own
 * date, with the session in the description. Only the input is made here: the plan page sends it
 * to the program pages' calendar worker (src/client/calendar-file.worker.ts), so the generator
 * stays out of both pages' own scripts. Words come in as `labels` so the page's script does not
 * ship every interface string (src/ui.ts holds them).
 */
export interface PlanCalendarLabels {
  title: string;
  phases: Record<PlanPhase, string>;
  deload: string;
  timings: Record<SessionTiming, string>;
  /** "{n} reps in reserve". */
  repsInReserve: string;
}

export interface PlanCalendarOptions {
  labels: PlanCalendarLabels;
  /** Exercise names by library id. */
  names: ReadonlyMap<string, string>;
  /** The plan's own link (its answers in the query string), added to every event. */
  planUrl: string;
  uidHost: string;
  stamp: Date;
}

export function planCalendar(
  plan: Plan,
  options: PlanCalendarOptions,
): { program: CalendarProgram; options: CalendarOptions } {
  const { labels, names } = options;
  // ical.ts counts days from the first day of week 1. A race plan's first week may be shorter
  // (its weeks end on race day), so week 1 is counted from seven days before its end; when the
  // short one is week 0 (plan-builder.ts), week 1 is the full week after it.
  const firstWeek = plan.weeks[0];
  const firstEnd = dayNumber(firstWeek?.endDate ?? plan.startDate)!;
  const weekOneStart = firstEnd - 6 + (firstWeek?.number === 0 ? 7 : 0);
  const program: CalendarProgram = {
    // A plan is identified by its start, so a new plan's events do not replace an older one's.
    id: `plan-${plan.startDate}`,
    title: labels.title,
    plan: plan.weeks.map((week) => ({
      week: week.number,
      focus: week.deload
        ? `${labels.phases[week.phase]}, ${labels.deload}`
        : labels.phases[week.phase],
      sessions: week.sessions.map((session) => ({
        id: session.id,
        title: labels.timings[session.timing],
        optional: session.optional,
        minutes: session.minutes,
        day: dayNumber(session.date)! - weekOneStart - (week.number - 1) * 7,
        exercises: session.exercises.map((line) => ({
          name: names.get(line.exercise) ?? line.exercise,
          sets: line.sets,
          reps: line.reps,
          notes:
            line.rir === undefined
              ? undefined
              : labels.repsInReserve.replace('{n}', String(line.rir)),
        })),
      })),
    })),
  };
  return {
    program,
    options: {
      startDate: isoDay(weekOneStart),
      stamp: options.stamp,
      programUrl: options.planUrl,
      uidHost: options.uidHost,
    },
  };
}
