import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, locateChromium } from '../lib/browser.ts';
import { PORTS } from '../lib/ports.ts';

/**
 * Screenshots of built pages for design review: phone (390 px) and desktop (1280 px), light and
 * dark. Usage: npm run build && npm run screenshots -- / /about/ /articles/some-slug/
 * Options: --out FOLDER (default test-results/screenshots), --port N (the preview server's;
 * default from tools/lib/ports.ts), --full (whole pages, not the first screen).
 * Starts its own preview server.
 */
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'test-results/screenshots' },
    port: { type: 'string', default: String(PORTS.screenshots) },
    full: { type: 'boolean', default: process.env.FULL === '1' },
  },
});
const PORT = Number(options.port);
const paths = positionals.length ? positionals : ['/'];
const located = locateChromium();
if ('problem' in located) {
  console.error(located.problem);
  process.exit(1);
}
const executablePath = located.path;

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${PORT}`;
for (let attempt = 0; attempt < 60; attempt++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const outDir = options.out;
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_FLAGS],
});
try {
  for (const path of paths) {
    for (const [device, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        // networkidle: pages that fetch on load (search with ?q=) have finished drawing.
        await page.goto(base + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: options.full });
        console.log(`${outDir}/${name}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}
