import { describe, expect, it } from 'vitest';
import { buildPhases, durationMs } from '../../../tools/bench/build-phases.ts';

/** A shortened real `astro build` log of this project (Astro 7.3, colours stripped). */
const LOG = `
06:52:42 [content] Syncing content
06:52:46 [content] Synced content
06:52:46 [types] Generated 9.68s
06:52:46 [build] Collecting build info...
06:52:46 [build] ✓ Completed in 11.28s.
06:52:46 [build] Building static entrypoints...
06:53:03 [vite] ✓ built in 17.02s
06:53:03 [vite] ✓ built in 95ms
06:53:03 [build] Rearranging server assets...

 generating static routes 
06:53:04   ├─ /404.html (+180ms) 
06:53:05   ├─ /atom.xml (+1.10s) 
06:53:08   ├─ /og/site/default.png (+969ms) 
06:53:09   ├─ /og/article/warm-up-before-strength-training.png (+213ms) 
06:53:10   └─ /articles/warm-up-before-strength-training/index.html (+145ms) 
06:53:43 ✓ Completed in 40.31s.

06:53:43 [build] ✓ Completed in 57.60s.
06:53:45 [strong-miles:search-index] Search index: 114 pages in 1834 ms
06:53:45 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
06:53:50 [strong-miles:prune-page-css] Trimmed inlined CSS on 114 pages: 1587 KB less HTML in total, in 4210 ms.
06:54:25 [strong-miles:deploy-files] 0 redirect(s); _headers, _redirects and nginx includes written; 214 files precompressed (10475 KB -> 1596 KB brotli; 0 unchanged, from the cache) in 34171 ms
06:54:25 [build] 114 page(s) built in 1m 50s
06:54:25 [build] Complete!
`;

describe('durationMs', () => {
  it('reads the durations Astro prints', () => {
    expect(durationMs('95ms')).toBe(95);
    expect(durationMs('40.31s')).toBe(40_310);
    expect(durationMs('1m 50s')).toBe(110_000);
    // Whole minutes and hours come without seconds (a 1,000-article build printed "5m").
    expect(durationMs('5m')).toBe(300_000);
    expect(durationMs('1h 2m 3s')).toBe(3_723_000);
  });

  it('refuses text that is not a duration', () => {
    expect(() => durationMs('soon')).toThrow(/Not a duration/);
    expect(() => durationMs('')).toThrow(/Not a duration/);
  });
});

describe('buildPhases', () => {
  const phases = buildPhases(LOG, 126_000);

  it('takes content sync from the timestamps and bundling from Vite', () => {
    expect(phases['content sync']).toBe(4000);
    expect(phases.bundling).toBe(17_115);
  });

  it('splits route generation into cards (routes under /og/) and pages', () => {
    expect(phases.cards).toBe(1182);
    expect(phases.pages).toBe(40_310 - 1182);
  });

  it("takes the integrations' own times", () => {
    expect(phases['search index']).toBe(1834);
    expect(phases.pruning).toBe(4210);
    expect(phases.compression).toBe(34_171);
  });

  it('counts only the time the build waited for the search index built beside it', () => {
    const beside = LOG.replace(
      'Search index: 114 pages in 1834 ms',
      'Search index: 114 pages (1834 ms beside the steps before); the build waited for it in 212 ms',
    );
    expect(buildPhases(beside, 126_000)['search index']).toBe(212);
  });

  it('gives start-up what the other phases leave of the wall time', () => {
    const others = 4000 + 17_115 + 40_310 + 1834 + 4210 + 34_171;
    expect(phases['start-up']).toBe(126_000 - others);
    expect(buildPhases(LOG, 1000)['start-up']).toBe(0);
  });

  it('counts 0 for a phase whose line is missing', () => {
    expect(buildPhases('', 5000)).toMatchObject({ cards: 0, compression: 0, 'start-up': 5000 });
  });
});
