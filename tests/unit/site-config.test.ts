import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, nav, resolveSiteUrl } from '../../src/site.config';

describe('resolveSiteUrl', () => {
  it.each([
    [undefined, DEFAULT_SITE_URL],
    ['', DEFAULT_SITE_URL],
    ['  ', DEFAULT_SITE_URL],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com/some/path', 'https://example.com'],
    ['http://localhost:4321', 'http://localhost:4321'],
  ])('%j -> %s', (input, expected) => {
    expect(resolveSiteUrl(input)).toBe(expected);
  });

  it.each([
    ['not a url', /absolute URL/],
    ['ftp://example.com', /https:\/\/ or http:\/\//],
  ])('rejects %j', (input, message) => {
    expect(() => resolveSiteUrl(input)).toThrow(message);
  });
});

describe('nav', () => {
  it('links only to page paths under the trailing-slash policy', () => {
    for (const item of nav) expect(item.href).toMatch(/^\/([a-z0-9-]+\/)*$/);
  });
});
