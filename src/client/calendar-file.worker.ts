/**
 * Builds a program's .ics in a worker so the iCalendar generator downloads only when a reader asks
 * for a file: the program page itself ships just the form script (see AddToCalendar.astro).
 */
import { programCalendar, type CalendarOptions, type CalendarProgram } from '../lib/ical';

export interface CalendarFileRequest {
  program: CalendarProgram;
  options: CalendarOptions;
}

/** The calendar text, or the generator's error message (for example an invalid start date). */
export type CalendarFileReply = { text: string } | { error: string };

addEventListener('message', (event: MessageEvent<CalendarFileRequest>) => {
  let reply: CalendarFileReply;
  try {
    reply = { text: programCalendar(event.data.program, event.data.options) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
});
