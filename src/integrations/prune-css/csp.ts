import { cspHash } from '../../lib/security.ts';

/**
 * Trims a built page's meta CSP to the hashes of the inline scripts and styles that page
 * actually carries. Astro lists the hashes of every script bundled anywhere on the site in every
 * page's policy (14 on an article page that has 5 scripts); each is 50 bytes gzip cannot shrink.
 * Non-hash sources ('self', 'wasm-unsafe-eval') are kept as they are.
 */
export function cspForOwnInlineCode(html: string): string {
  const own = new Set(
    [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)]
      .filter(([, , attributes]) => !/\bsrc=/.test(attributes ?? ''))
      .map(([, , , text]) => cspHash(text ?? '')),
  );
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
    (_, open: string, policy: string, close: string) =>
      `${open}${policy.replace(/ ?'sha256-[A-Za-z0-9+/=]+'/g, (token) =>
        own.has(token.trim().slice(1, -1) as `sha256-${string}`) ? token : '',
      )}${close}`,
  );
}
