import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { figureProblems, figureSet, positionSvg } from '../../src/lib/figure/index.ts';
import { colorTokensCss } from '../../src/lib/colors.ts';
import { formatContentProblem } from '../../src/lib/content-errors.ts';
import { positionsSchema } from '../../src/schemas/pose.ts';

/**
 * A contact sheet of every exercise's drawn figure: all positions side by side with their cues,
 * the animated figure, the small list drawing, and any problem the build's checks would report.
 * For reviewing the drawings as a set (a coach should find nothing wrong in any of them).
 *
 * Usage: npx node tools/dev/figure-sheet.ts [--only goblet-squat,plank] [--out DIR] [--shot]
 * Writes DIR/figures.html (default: a folder in the system's temp directory); --shot also writes
 * figures-light.png and figures-dark.png, and one PNG per exercise and theme (DIR/<id>-light.png),
 * with Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 * Time for building all figures is printed, as a check on the build-time budget (under 1 s).
 */

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string', default: path.join(tmpdir(), 'strong-miles-figures') },
    shot: { type: 'boolean', default: false },
    width: { type: 'string', default: '1500' },
  },
});

const root = path.resolve(import.meta.dirname, '../..');
const folder = path.join(root, 'content/exercises');
const only = options.only?.split(',').map((id) => id.trim());
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .filter((name) => !only || only.includes(name.replace(/\.md$/, '')))
  .sort();

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site's colour variables (src/lib/colors.ts), so the sheet shows the real theme. */
function themeCss(): string {
  return colorTokensCss();
}

let html = '';
let problemsFound = 0;
let milliseconds = 0;
for (const name of files) {
  const id = name.replace(/\.md$/, '');
  const source = readFileSync(path.join(folder, name), 'utf8');
  const data = parseFrontmatter(source).frontmatter as {
    name: string;
    cues: string[];
    positions?: unknown;
  };
  html += `<section id="${id}"><h2>${escape(data.name)} <small>${id}</small></h2>`;
  if (data.positions === undefined) {
    html += `<p class="problem">No positions yet.</p></section>`;
    problemsFound += 1;
    continue;
  }
  const parsed = positionsSchema.safeParse(data.positions);
  if (!parsed.success) {
    problemsFound += 1;
    html += parsed.error.issues
      .map(
        (issue) =>
          `<p class="problem">${escape(`positions.${issue.path.join('.')}: ${issue.message}`)}</p>`,
      )
      .join('');
    html += '</section>';
    continue;
  }
  const input = { name: data.name, cues: data.cues, positions: parsed.data };
  const started = performance.now();
  const problems = figureProblems({ file: `content/exercises/${name}`, ...input });
  const set = figureSet(input, { prefix: `a-${id}-` });
  const thumbnail = positionSvg(input, set.key);
  milliseconds += performance.now() - started;
  problemsFound += problems.length;
  html += problems
    .map((problem) => `<p class="problem">${escape(formatContentProblem(problem))}</p>`)
    .join('');
  html += `<style>${set.animation.css}</style><div class="row">`;
  html += `<figure class="anim fig-anim">${set.animation.svg}<figcaption>moving (${set.animation.seconds.toFixed(1)} s)</figcaption></figure>`;
  for (const still of set.stills) {
    html += `<figure data-pose="${still.name}">${still.svg}<figcaption><b>${still.cue.number}. ${escape(still.label)}</b> ${escape(still.cue.text)}<br><i>${escape(still.description)}</i></figcaption></figure>`;
  }
  html += `<figure class="thumb">${thumbnail}<figcaption>list</figcaption></figure></div><p class="summary">${escape(set.summary)}</p></section>`;
}

const figureCss = readFileSync(path.join(root, 'src/components/figure.css'), 'utf8');
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Figures</title><style>
${themeCss()}
${figureCss}
body{font:13px/1.4 system-ui,sans-serif;background:var(--sm-paper);color:var(--sm-ink);margin:16px}
section{border-bottom:1px solid var(--sm-rule);padding:8px 0 12px;--fig-bg:var(--sm-paper-raised)}
h2{font-size:16px;margin:0 0 6px}h2 small{color:var(--sm-ink-muted);font-weight:400}
.row{display:flex;gap:10px;align-items:flex-start}
figure{margin:0;background:var(--sm-paper-raised);border:1px solid var(--sm-rule);border-radius:8px;padding:6px;width:290px}
figure.anim{width:260px}figure.thumb{width:90px}
figcaption{margin-top:4px;color:var(--sm-ink-muted)}
.problem{color:#c00;font-weight:600;margin:2px 0}.summary{color:var(--sm-ink-muted);margin:4px 0 0}
</style></head><body>${html}</body></html>`;

mkdirSync(options.out, { recursive: true });
const out = path.join(options.out, 'figures.html');
writeFileSync(out, page);
console.log(
  `${files.length} exercises drawn and checked in ${milliseconds.toFixed(0)} ms; ${problemsFound} problems.`,
);
console.log(`Sheet: ${out}`);

if (options.shot) {
  const { chromium } = await import('@playwright/test');
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (candidate): candidate is string => !!candidate && existsSync(candidate),
  );
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: Number(options.width), height: 900 } });
    await page.goto(`file://${out}`);
    await page.evaluate((value) => {
      document.documentElement.dataset.theme = value;
    }, theme);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const png = path.join(options.out, `figures-${theme}.png`);
    await page.screenshot({ path: png, fullPage: true });
    for (const section of await page.locator('section').all()) {
      const id = await section.getAttribute('id');
      await section.screenshot({ path: path.join(options.out, `${id}-${theme}.png`) });
    }
    console.log(`Screenshots: ${png} and one per exercise`);
    await page.close();
  }
  await browser.close();
}
