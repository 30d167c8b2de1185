import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share';

const page = {
  url: 'https://strongmiles.org/articles/deadlift-for-runners/',
  title: 'Deadlifts & runners: a guide',
};

describe('shareLinks', () => {
  const links = shareLinks(page);
  const hrefOf = (network: string) => {
    const link = links.find((candidate) => candidate.network === network);
    if (!link) throw new Error(`no ${network} link`);
    return new URL(link.href);
  };

  it('offers the seven networks in a fixed order', () => {
    expect(links.map((link) => link.network)).toEqual([
      'x',
      'facebook',
      'linkedin',
      'whatsapp',
      'reddit',
      'bluesky',
      'email',
    ]);
  });

  it('passes the page URL and title, encoded, to each network', () => {
    expect(hrefOf('x').searchParams.get('url')).toBe(page.url);
    expect(hrefOf('x').searchParams.get('text')).toBe(page.title);
    expect(hrefOf('facebook').searchParams.get('u')).toBe(page.url);
    expect(hrefOf('linkedin').searchParams.get('url')).toBe(page.url);
    expect(hrefOf('reddit').searchParams.get('title')).toBe(page.title);
    expect(hrefOf('whatsapp').searchParams.get('text')).toBe(`${page.title} ${page.url}`);
    expect(hrefOf('bluesky').searchParams.get('text')).toBe(`${page.title} ${page.url}`);
  });

  it('uses https for every web network and %20 (not +) in the email', () => {
    for (const link of links.filter((candidate) => candidate.network !== 'email')) {
      expect(link.href.startsWith('https://')).toBe(true);
    }
    const email = links.find((link) => link.network === 'email')?.href ?? '';
    expect(email).toBe(
      'mailto:?subject=Deadlifts%20%26%20runners%3A%20a%20guide&body=Deadlifts%20%26%20runners%3A%20a%20guide%20https%3A%2F%2Fstrongmiles.org%2Farticles%2Fdeadlift-for-runners%2F',
    );
  });

  it('refuses a relative URL', () => {
    expect(() => shareLinks({ url: '/articles/x/', title: 'x' })).toThrow(/absolute URL/);
  });
});
