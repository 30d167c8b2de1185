import { describe, expect, it } from 'vitest';
import {
  formatNuError,
  KNOWN_VALID_CSS_MESSAGES,
  nuErrors,
  parseNuReport,
  type NuMessage,
} from '../../../tools/check/nu-core.ts';

/**
 * What `npm run check:nu` counts in the Nu checker's report: every HTML error, less exactly the
 * the four CSS messages about valid CSS the checker does not know (tools/check/nu-core.ts).
 */

const ROOT = '/work/site/dist';
const at = (message: string, type = 'error'): NuMessage => ({
  type,
  url: `file:${ROOT}/articles/a/index.html`,
  lastLine: 2,
  firstColumn: 10,
  lastColumn: 20,
  message,
});

describe('nuErrors', () => {
  it('keeps HTML errors with the file relative to the folder, the line and the column', () => {
    expect(nuErrors([at('Stray start tag “script”.')], ROOT)).toEqual([
      { file: 'articles/a/index.html', line: 2, column: 10, message: 'Stray start tag “script”.' },
    ]);
  });

  it('drops exactly the four known CSS messages and nothing else', () => {
    const known = [...KNOWN_VALID_CSS_MESSAGES];
    expect(known).toEqual([
      'CSS: Unrecognized at-rule “@property”',
      "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
      "CSS: “position-area”: Property “position-area” doesn't exist.",
      "CSS: “position-try-fallbacks”: Property “position-try-fallbacks” doesn't exist.",
    ]);
    const others = [
      "CSS: “position-anchor”: Property “position-anchor” doesn't exist.",
      'CSS: Parse Error.',
      'CSS: Unrecognized at-rule “@container”',
      "CSS: “margin-trim-x”: Property “margin-trim-x” doesn't exist.",
      `${known[0]} `,
      `The “role” attribute must not be used on a “td” element which has a “table” ancestor with no “role” attribute, or with a “role” attribute whose value is “table”, “grid”, or “treegrid”.`,
    ];
    const kept = nuErrors(
      [...known, ...others].map((message) => at(message)),
      ROOT,
    );
    expect(kept.map((error) => error.message)).toEqual(others);
  });

  it('ignores warnings and counts fatal and non-document errors', () => {
    const messages: NuMessage[] = [
      at('The “table” role is unnecessary for element “table”.', 'info'),
      { ...at('Cannot recover after last error.'), subType: 'fatal' },
      { type: 'non-document-error', subType: 'io', message: 'File not found: x.html' },
    ];
    expect(nuErrors(messages, ROOT).map(formatNuError)).toEqual([
      'articles/a/index.html:2:10: Cannot recover after last error.',
      '(no file): File not found: x.html',
    ]);
  });

  it('keeps the full path of a file outside the folder', () => {
    const outside = { ...at('Bad.'), url: 'file:/elsewhere/x.html' };
    expect(nuErrors([outside], ROOT)[0]?.file).toBe('/elsewhere/x.html');
  });
});

describe('parseNuReport', () => {
  it('reads the messages of a JSON report', () => {
    expect(parseNuReport('{"messages":[{"type":"error","message":"x"}]}')).toEqual([
      { type: 'error', message: 'x' },
    ]);
  });

  it('fails clearly on output that is not a report', () => {
    expect(() => parseNuReport('Error: Unable to access jarfile')).toThrow(
      /did not print a JSON report.*Unable to access jarfile/,
    );
    expect(() => parseNuReport('{}')).toThrow(/no "messages" list/);
  });
});
