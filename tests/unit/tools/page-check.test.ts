import { describe, expect, it } from 'vitest';
import { cspSources, findPageProblems, pageFacts } from '../../../tools/check/page-check.ts';
import { cspHash } from '../../../src/lib/security';

const ORIGIN = 'https://strongmiles.org';
const context = { path: '/about/', origin: ORIGIN, files: new Set(['/og/site/default.png']) };
const SCRIPT = 'document.documentElement.dataset.x = "1";';
const STYLE = 'body{color:red}';

/** A page that passes every check; each test breaks one thing. */
function page({
  head = '',
  body = '',
  script = SCRIPT,
  csp = `default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' '${cspHash(SCRIPT)}'; style-src 'self' '${cspHash(STYLE)}'`,
} = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>${script}</script>
<title>About | Strong Miles</title>
<link rel="canonical" href="${ORIGIN}/about/">
<meta name="description" content="Who writes Strong Miles and how the evidence is checked.">
<meta property="og:image" content="${ORIGIN}/og/site/default.png">
<meta http-equiv="content-security-policy" content="${csp}">
<style>${STYLE}</style>${head}</head><body>${body}</body></html>`;
}

describe('findPageProblems', () => {
  it('passes a complete page', () => {
    expect(findPageProblems(pageFacts(page()), context)).toEqual([]);
  });

  it('leaves straight quotes in code, scripts and attributes alone', () => {
    const body = `<p class='x' title="Runner's">It’s “fine”: <code>a = 'b'</code> <kbd>"</kbd></p><pre>it's "code"</pre>`;
    // The page's own script (SCRIPT) holds straight double quotes too.
    expect(findPageProblems(pageFacts(page({ body })), context)).toEqual([]);
  });

  it.each([
    [
      'a missing description',
      page().replace(/<meta name="description"[^>]*>/, ''),
      'no meta description',
    ],
    ['an empty title', page().replace('About | Strong Miles', ' '), 'no <title>'],
    [
      'a script after the end of the document',
      `${page()}\n<script type="module">run()</script>`,
      'markup after </html>: <script type="module">run()</script>',
    ],
    [
      'a straight double quote in the text',
      page({ body: '<p>Tap "Report an error".</p><script type="ld+json">{"a":1}</script>' }),
      'straight double quote (write “ ”) in the text: Tap "Report an error".',
    ],
    [
      'a straight apostrophe in the text',
      page({ body: "<h1>What core strength can't do</h1>" }),
      "straight apostrophe or single quote (write ’ or ‘ ’) in the text: What core strength can't do",
    ],
    [
      'a straight apostrophe in the title',
      page().replace('About | Strong Miles', "Runner's knee | Strong Miles"),
      "straight apostrophe or single quote (write ’ or ‘ ’) in the text: Runner's knee | Strong Miles",
    ],
    [
      'a table header in lowercase',
      page({ body: '<table><tr><th>Stage</th><th>sets and reps</th></tr></table>' }),
      'table header "sets and reps" starts with a lowercase letter: write it in sentence case',
    ],
    [
      'a canonical URL for another page',
      page().replace(`${ORIGIN}/about/`, `${ORIGIN}/`),
      `canonical is ${ORIGIN}/, expected ${ORIGIN}/about/`,
    ],
    [
      'an OG image that is not in the build',
      page().replace('default.png', 'missing.png'),
      'og:image https://strongmiles.org/og/site/missing.png is not a file of this build',
    ],
    [
      'an image without alt',
      page({ body: '<img src="/a.png" width="1" height="1">' }),
      'has no alt',
    ],
    [
      'an image without size',
      page({ body: '<img src="/a.png" alt="">' }),
      'lacks width and height',
    ],
    [
      'a new-tab link without noreferrer',
      page({ body: '<a href="https://example.org/" target="_blank" rel="noopener">x</a>' }),
      'opens a new tab without rel="noopener noreferrer"',
    ],
    [
      'an inline script the CSP does not list',
      page({ script: 'alert(1)' }),
      'inline <script> is not hashed',
    ],
    [
      'a JSON-LD block the CSP does not list',
      page({ head: '<script type="application/ld+json">{"@type":"Thing"}</script>' }),
      'inline <script type="application/ld+json"> is not hashed',
    ],
    [
      'an inline style attribute',
      page({ body: '<p style="color:red">x</p>' }),
      '<p style> would be blocked',
    ],
    [
      'an inline event handler',
      page({ body: '<p onclick="x()">x</p>' }),
      '<p onclick> would be blocked',
    ],
    [
      "'unsafe-inline' for scripts",
      page({
        csp: "object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'unsafe-inline'",
      }),
      "CSP script-src allows 'unsafe-inline'",
    ],
    [
      'no CSP at all',
      page().replace(/<meta http-equiv[^>]*>/, ''),
      'no Content-Security-Policy meta element',
    ],
  ])('reports %s', (_name, html, expected) => {
    expect(findPageProblems(pageFacts(html), context).join('\n')).toContain(expected);
  });

  it('lets a noindex page (the 404 page) go without a canonical URL', () => {
    const html = page({ head: '<meta name="robots" content="noindex">' }).replace(
      /<link rel="canonical"[^>]*>/,
      '',
    );
    expect(findPageProblems(pageFacts(html), context)).toEqual([]);
  });

  it('checks a redirect fallback page for noindex and its canonical link only', () => {
    const redirect = (robots: string) =>
      `<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/articles/new/">${robots}<link rel="canonical" href="${ORIGIN}/articles/new/"><a href="/articles/new/">new</a>`;
    expect(
      findPageProblems(pageFacts(redirect('<meta name="robots" content="noindex">')), context),
    ).toEqual([]);
    expect(findPageProblems(pageFacts(redirect('')), context)).toEqual([
      'redirect page is not marked noindex',
    ]);
  });

  it('checks the policy of a page that adds a meta refresh and noindex to carry code', () => {
    const disguised = `<!doctype html><title>Hi</title><meta http-equiv="refresh" content="9999;url=/"><meta name="robots" content="noindex"><link rel="canonical" href="${ORIGIN}/"><script>alert(1)</script><p onclick="x()">Hi</p>`;
    expect(findPageProblems(pageFacts(disguised), context)).toEqual([
      'no Content-Security-Policy meta element',
    ]);
    const withPolicy = disguised.replace(
      '<title>',
      `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"><title>`,
    );
    expect(findPageProblems(pageFacts(withPolicy), context)).toEqual([
      'inline <script> is not hashed in the CSP: alert(1)',
      '<p onclick> would be blocked by the CSP (use a class or a script)',
    ]);
  });
});

describe('cspSources', () => {
  it('reads one directive', () => {
    expect(cspSources("default-src 'self';script-src 'self' 'sha256-x'; ", 'script-src')).toEqual([
      "'self'",
      "'sha256-x'",
    ]);
    expect(cspSources("default-src 'self'", 'script-src')).toBeUndefined();
  });
});
