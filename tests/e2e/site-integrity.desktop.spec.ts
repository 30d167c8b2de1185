import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/**
 * Every sitemap URL (and the 404 page) in Chromium, once: the page makes no request to another
 * origin, logs no console error, throws no exception and triggers no Content Security Policy
 * violation. The static side of the CSP (every inline script and style hashed) is checked over
 * dist/ by `npm run check:dist`; this proves the browser agrees.
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records CSP violations from the first moment of the page (before any of its own scripts). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

/** Violation events are queued as tasks: let them run before reading the list. */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(window.__cspViolations ?? []), 50)),
      ),
  );
}

test.describe('every page: same origin only, no console error, no CSP violation', () => {
  // Search with a query runs Pagefind (WebAssembly, a worker, index fetches) under the CSP.
  const searching = '/search/?q=deadlift';
  for (const path of [...sitemapPaths(), '/no-such-page/', '/search/', searching]) {
    test(path, async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? '').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      page.on('console', (message) => {
        // The 404 page's own document request is logged as a failed resource; that is its job.
        const isExpected404 = path === '/no-such-page/' && message.text().includes('status of 404');
        if (message.type() === 'error' && !isExpected404) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await recordViolations(page);

      await page.goto(path, { waitUntil: 'load' });
      if (path === searching) await expect(page.getByRole('status')).toContainText('match');
      expect(await violations(page), 'CSP violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    });
  }
});

test('the CSP is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "yes";';
    document.head.append(script);
    return document.documentElement.dataset.injected === 'yes';
  });
  expect(ran).toBe(false);
  expect((await violations(page)).join('\n')).toContain('script-src');
});
