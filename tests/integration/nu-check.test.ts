import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JAVA_HINT } from '../../tools/check/nu-core.ts';

/**
 * `npm run check:nu` run for real (Java and vnu.jar) on a small folder of pages: it must fail on
 * the error that html-validate let through in issue 17 (a script after `</html>`), naming the
 * file and line, pass a valid folder, and say how to get Java when there is none.
 */

const page = (body: string, after = '') =>
  `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Page</title></head>\n<body>${body}</body>\n</html>\n${after}`;

/** Runs the check on `dist` (relative paths work: the tool resolves --dist). */
function checkNu(dist: string, env: NodeJS.ProcessEnv = process.env) {
  const run = spawnSync(process.execPath, ['tools/check/nu.ts', '--dist', dist], {
    encoding: 'utf8',
    env,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'nu-check-'));
  mkdirSync(path.join(root, 'bad/search'), { recursive: true });
  mkdirSync(path.join(root, 'good'), { recursive: true });
  // The valid markup of our stacked tables: a role on the table only.
  const table =
    '<table role="table"><thead><tr><th scope="col">Week</th></tr></thead><tbody><tr><td data-label="Week">1</td></tr></tbody></table>';
  writeFileSync(path.join(root, 'good/index.html'), page(`<main>${table}</main>`));
  writeFileSync(path.join(root, 'bad/index.html'), page('<main><p>Fine</p></main>'));
  writeFileSync(
    path.join(root, 'bad/search/index.html'),
    page('<main><p>Search</p></main>', '<script type="module" src="/s.js"></script>\n'),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run check:nu', () => {
  it('fails on a script after </html>, naming the file, the line and the message', () => {
    const { status, stderr } = checkNu(path.join(root, 'bad'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^search\/index\.html:6:\d+: Stray start tag “script”\.$/m);
    expect(stderr).not.toMatch(/^index\.html/m);
    expect(stderr).toContain('on 1 of 2 pages');
  });

  it('fails on explicit roles on the rows and cells of a table', () => {
    const dir = path.join(root, 'roles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'index.html'),
      page('<table><tr role="row"><td role="cell">1</td></tr></table>'),
    );
    const { status, stderr } = checkNu(dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/index\.html:4:\d+: The “role” attribute must not be used on a “tr”/);
  });

  it('passes valid pages', () => {
    const { status, stdout } = checkNu(path.join(root, 'good'));
    expect(status).toBe(0);
    expect(stdout).toContain('Nu HTML checker: no errors on 1 page.');
  });

  it('says how to install Java when there is none', () => {
    // A PATH with no java on it (node itself is started by its full path).
    const { status, stderr } = checkNu(path.join(root, 'good'), { ...process.env, PATH: root });
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(JAVA_HINT);
  });
});
