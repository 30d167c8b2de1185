import { createHash } from 'node:crypto';

/**
 * The site's security policy, once. Astro's `security.csp` (astro.config.mjs) turns these
 * pieces into each page's `<meta http-equiv="content-security-policy">`, adding the hashes of
 * the scripts and styles it bundles; src/integrations/deploy-files/ turns the same pieces into the HTTP
 * headers for nginx, Netlify and Cloudflare Pages.
 *
 * Why two delivery routes: the script and style hashes are only known per build (and the JSON-LD
 * hashes per page), so they live in the page's meta policy. The HTTP header carries everything
 * that is the same on every page, plus what a meta policy cannot carry (`frame-ancestors`).
 * Browsers enforce both policies, so a request must pass each of them.
 */

/**
 * Directives that hold on every page, in the meta policy and in the HTTP header. No third-party
 * origin anywhere: the site loads nothing from elsewhere. `worker-src` and `connect-src 'self'`
 * let the search page's Pagefind worker fetch its index (see SEARCH_SCRIPT_SOURCES).
 */
export const SHARED_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Header-only directives: browsers ignore `frame-ancestors` in a meta policy (and log a console
 * error for it), so it is sent as an HTTP header only.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * Script sources on every page besides Astro's hashes: our own origin only (bundled modules
 * under /_astro/). Never 'unsafe-inline'.
 */
export const SCRIPT_SOURCES = ["'self'"] as const;
/** Style sources besides Astro's hashes of the inlined CSS. Never 'unsafe-inline'. */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * Extra script sources for a page that runs Pagefind: it compiles its WebAssembly index reader
 * ('wasm-unsafe-eval' permits WebAssembly compilation only, not JavaScript eval). The search
 * page adds them to its own policy with
 * `for (const source of SEARCH_SCRIPT_SOURCES) Astro.csp?.insertScriptResource(source)`;
 * the worker and the index fetches are covered by SHARED_DIRECTIVES.
 */
export const SEARCH_SCRIPT_SOURCES = ["'wasm-unsafe-eval'"] as const;

/**
 * The CSP sent as an HTTP header. It has no `default-src`, `script-src` or `style-src`: those
 * (with the per-page hashes) are in each page's meta policy, and a `default-src` here would
 * block the hashed inline scripts and styles, since hashes are per page.
 */
export function headerContentSecurityPolicy(): string {
  return [
    ...SHARED_DIRECTIVES.filter((directive) => !directive.startsWith('default-src ')),
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/**
 * The CSP for an SVG file opened as a document (a content image's own URL). Pictures need no
 * script, so none runs (`script-src 'none'`, and `sandbox` gives the document an opaque origin
 * besides), nothing loads from elsewhere, and inline `<style>` still draws the picture as it
 * looks embedded. Inside an `<img>` an SVG never runs script whatever its headers; this guards
 * the direct visit. src/lib/svg-safety.ts refuses such files at build time as well.
 */
export function svgContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ...HEADER_ONLY_DIRECTIVES,
    'sandbox',
  ].join('; ');
}

/** Security headers for every response, in the order they are written to config files. */
export function securityHeaders(): readonly [name: string, value: string][] {
  return [
    ['Content-Security-Policy', headerContentSecurityPolicy()],
    // Two years, subdomains included: the site is https only. Add `preload` only once the
    // domain is submitted to the preload list.
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // Powerful features the site never uses, switched off for it and anything it embeds.
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // For browsers older than CSP frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ];
}

/**
 * The CSP source expression for an inline script or style: `sha256-<base64>` of its exact text.
 * Astro hashes what it bundles; scripts it cannot see (is:inline, set:html) go through this.
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The theme script (src/components/ThemeScript.astro) as a string, so its CSP hash is computed
 * from the very text the page carries. It applies the saved theme before the first paint;
 * without a saved choice the CSS follows prefers-color-scheme. Storage can be blocked (private
 * mode), hence the try.
 */
export const THEME_SCRIPT =
  "try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";
