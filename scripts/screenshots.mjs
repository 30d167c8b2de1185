// Screenshots of built pages for design review: phone (390 px) and desktop (1280 px), light and
// dark. Usage: npm run build && npm run screenshots -- / /about/ /articles/some-slug/
// Writes PNGs to test-results/screenshots/. Starts its own preview server.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, INSTALL_HINT } from './find-browser.mjs';

/** Preview port; SCREENSHOT_PORT overrides it when several worktrees share a machine. */
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4392);
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

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

const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const path of paths) {
    for (const [device, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 800 }],
    ]) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        // networkidle: pages that fetch on load (search with ?q=) have finished drawing.
        await page.goto(base + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
        console.log(`${outDir}/${name}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
