import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  headerContentSecurityPolicy,
  SCRIPT_SOURCES,
  SEARCH_SCRIPT_SOURCES,
  securityHeaders,
  SHARED_DIRECTIVES,
  STYLE_SOURCES,
} from '../../src/lib/security';

describe('content security policy pieces', () => {
  it('never allows inline scripts or styles wholesale, nor eval', () => {
    for (const source of [...SCRIPT_SOURCES, ...STYLE_SOURCES, ...SHARED_DIRECTIVES]) {
      expect(source).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    }
  });

  it('locks down plugins, the base URL and form targets', () => {
    expect(SHARED_DIRECTIVES).toEqual(
      expect.arrayContaining(["object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
    );
  });

  it('lets the search page compile WebAssembly and nothing more', () => {
    expect(SEARCH_SCRIPT_SOURCES).toEqual(["'wasm-unsafe-eval'"]);
    expect(SHARED_DIRECTIVES).toEqual(
      expect.arrayContaining(["worker-src 'self'", "connect-src 'self'"]),
    );
  });

  it('sends frame-ancestors in the header but no default-src (hashes are per page)', () => {
    const policy = headerContentSecurityPolicy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/default-src|script-src|style-src/);
  });

  it('hashes inline text the way browsers do (sha256, base64 of the UTF-8 bytes)', () => {
    const text = "console.log('é')";
    expect(cspHash(text)).toBe(
      `sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`,
    );
    // Known value: the empty string.
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('securityHeaders', () => {
  it('includes the headers every response needs, each once', () => {
    const headers = new Map(securityHeaders());
    expect(headers.size).toBe(securityHeaders().length);
    expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toContain('camera=()');
    expect(headers.get('Content-Security-Policy')).toBe(headerContentSecurityPolicy());
  });
});
