import { describe, expect, it } from 'vitest';
import { cspForOwnInlineCode } from '../../src/integrations/prune-css/csp.ts';
import { cspHash } from '../../src/lib/security';

describe('cspForOwnInlineCode', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const other = 'console.log(2)';
  // An external script's element is empty: its "text" must not count as inline code, or the
  // hash of the empty string (which Astro may list) would be kept on every page with one.
  const emptyText = cspHash('');
  const page = (policy: string) =>
    `<meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style><script type="module">${script}</script><script src="/x.js"></script>`;

  it("keeps the hashes of the page's own inline scripts and styles and drops the rest", () => {
    const html = page(
      `script-src 'self' '${cspHash(script)}' '${cspHash(other)}' '${emptyText}'; style-src 'self' '${cspHash(style)}'`,
    );
    expect(cspForOwnInlineCode(html)).toBe(
      page(`script-src 'self' '${cspHash(script)}'; style-src 'self' '${cspHash(style)}'`),
    );
  });

  it('leaves a page without a policy unchanged', () => {
    const html = `<script>${script}</script>`;
    expect(cspForOwnInlineCode(html)).toBe(html);
  });
});
