import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../lib/browser.ts';
import type { LighthouseSummary } from './budget.ts';

/**
 * One Lighthouse mobile run (its default config: simulated slow 4G and 4x CPU slowdown) in the
 * system Chromium, with the same flags the browser tests use (tools/lib/browser.ts).
 */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/**
 * Scores (0-100) and timings of one run; a fresh browser each time, so runs do not share state.
 * `noindex`: the page keeps itself out of search engines on purpose, so its SEO score is
 * computed without the "is crawlable" audit (every other SEO audit still counts).
 */
export async function runLighthouse(
  url: string,
  chromePath: string,
  { noindex = false } = {},
): Promise<LighthouseSummary & { failedAudits: string[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    const seoScore = () => {
      if (!noindex) return score('seo');
      if (audits['is-crawlable']?.score !== 0) {
        throw new Error(`${url} should be noindex, but Lighthouse finds it crawlable`);
      }
      const counted = categories.seo!.auditRefs.filter(
        (ref) => ref.id !== 'is-crawlable' && ref.weight > 0,
      );
      const weight = counted.reduce((sum, ref) => sum + ref.weight, 0);
      const weighted = counted.reduce(
        (sum, ref) => sum + ref.weight * (audits[ref.id]?.score ?? 0),
        0,
      );
      return Math.round((weighted / weight) * 100);
    };
    const value = (key: string) => audits[key]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: seoScore(),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      failedAudits: Object.values(audits)
        .filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
        )
        .map((audit) => audit.id),
    };
  } finally {
    chrome.kill();
  }
}
