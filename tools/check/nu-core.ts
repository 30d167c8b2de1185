import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The pure half of `npm run check:nu` (tools/check/nu.ts): reading the Nu HTML checker's JSON
 * report and deciding what counts. Kept apart so tests can feed it reports without Java.
 */

/** The one line printed when `java` is missing, with the fix (CI's .ci/run installs it). */
export const JAVA_HINT =
  'The Nu HTML checker needs Java (11 or later), and `java` is not on PATH. Install one (Debian/Ubuntu: sudo apt-get install -y default-jre-headless), then run `npm run check:nu` again.';

/** Whether `java` can be started (a spawn result's error code says so). */
export function javaMissing(error: Error | undefined): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** One message of `vnu --format json` (the fields we read). */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error' | string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/**
 * Messages of the checker's CSS validator about valid CSS it does not know yet, matched exactly.
 * They are about the inlined stylesheet, not the HTML, and the CSS is right:
 * - `@property` registers Tailwind v4's internal variables (CSS Properties and Values API,
 *   in every current browser); dropping it breaks utilities that read those variables.
 * - `margin-trim` appears only inside Tailwind's `@supports (... not (margin-trim:inline))`
 *   test, which picks out browsers that need its fallback values; the test is meant to fail in
 *   some browsers, so the property being unknown to a validator is the point.
 * - `position-area` and `position-try-fallbacks` (CSS Anchor Positioning) place a reference card
 *   beside its citation number on wide screens (src/components/ReferenceList.css); a browser
 *   without them centres the card.
 * Nothing broader is filtered: any other CSS message, and every HTML message, fails the check.
 */
export const KNOWN_VALID_CSS_MESSAGES: ReadonlySet<string> = new Set([
  'CSS: Unrecognized at-rule “@property”',
  "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
  "CSS: “position-area”: Property “position-area” doesn't exist.",
  "CSS: “position-try-fallbacks”: Property “position-try-fallbacks” doesn't exist.",
]);

/** An error to report: the file (relative to the folder checked), where, and what. */
export interface NuError {
  file: string;
  line: number | undefined;
  column: number | undefined;
  message: string;
}

/** Parses the checker's JSON report (it writes it to stderr); a clear error if it is not one. */
export function parseNuReport(text: string): NuMessage[] {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    throw new Error(
      `The Nu checker did not print a JSON report. Its output began: ${text.slice(0, 300)}`,
    );
  }
  const messages = (report as { messages?: unknown }).messages;
  if (!Array.isArray(messages)) throw new Error('The Nu checker report has no "messages" list.');
  return messages as NuMessage[];
}

/**
 * The errors that fail the check, in report order: every "error" (fatal ones included) and
 * every "non-document-error" (a file it could not read, an internal failure), less the CSS
 * messages above. Warnings ("info") never count.
 */
export function nuErrors(messages: readonly NuMessage[], root: string): NuError[] {
  return messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .filter((message) => !KNOWN_VALID_CSS_MESSAGES.has(message.message))
    .map((message) => ({
      file: message.url ? relativeFile(message.url, root) : '(no file)',
      line: message.lastLine ?? message.firstLine,
      column: message.firstColumn ?? message.lastColumn,
      message: message.message,
    }));
}

/** "file:/abs/dist/a/index.html" -> "a/index.html" when under `root`, else the path as given. */
function relativeFile(url: string, root: string): string {
  const file = url.startsWith('file:') ? fileURLToPath(url.replace(/^file:\/*/, 'file:///')) : url;
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? file
    : relative.split(path.sep).join('/');
}

/** One line per error: "file:line:column: message". */
export function formatNuError({ file, line, column, message }: NuError): string {
  const where = [file, line, line === undefined ? undefined : column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${message}`;
}
