import path from 'node:path';
import { existsSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, FixtureSite, gluteLibrary } from './helpers/fixture-site.ts';

/**
 * One real build with a muscle-group page, an article with a change history and an inline
 * evidence label: the group lists its exercises easiest first and links both ways, and each
 * change reaches the page, the site's change log and its feed.
 */

const site = new FixtureSite();

beforeAll(() => {
  site.writeContent({
    ...gluteLibrary(),
    'articles/good.mdx': article(
      [
        'changes:',
        '  - date: 2026-01-20',
        '    type: correction',
        '    summary: "The squat number was from the wrong study."',
        '  - date: 2026-02-01',
        '    type: update',
        '    summary: "Added a section on hills."',
        '',
      ].join('\n'),
      'Economy improved [@storen-2008]. Lift after the run. <EvidenceLabel level="coaching-practice" />',
    ).replace('updatedDate: 2026-01-01', 'updatedDate: 2026-02-01'),
  });
  const { status, output } = site.build();
  expect(output).not.toMatch(/\[ERROR\]/);
  expect(status).toBe(0);
});

afterAll(() => site.remove());

describe('muscle-group pages, the corrections log and evidence labels in the real build', () => {
  it('lists a group easiest first and links it from the library, its topic and its article', () => {
    const group = parseDocument(site.read('exercises/for/glutes/index.html'));
    const listed = DomUtils.findAll(
      (element) =>
        element.name === 'a' && /^\/exercises\/[a-z-]+\/$/.test(element.attribs.href ?? ''),
      DomUtils.findAll((element) => element.name === 'ol', group.children),
    ).map((link) => link.attribs.href);
    expect(listed).toEqual([
      '/exercises/bridge/',
      '/exercises/aardvark-lift/',
      '/exercises/one-leg-bridge/',
      '/exercises/hip-thrust/',
    ]);
    expect(DomUtils.textContent(group)).toContain('Sets and reps: 2 sets of 14');
    expect(site.read('exercises/index.html')).toContain('href="/exercises/for/glutes/"');
    expect(site.read('topics/endurance/index.html')).toContain('href="/exercises/for/glutes/"');
    expect(site.read('articles/good/index.html')).toContain('href="/exercises/for/glutes/"');
    expect(site.read('sitemap-0.xml')).toContain('/exercises/for/glutes/</loc>');
    expect(existsSync(path.join(site.root, 'dist/og/muscle-group/glutes.png'))).toBe(true);
  });

  it('publishes each change on the page (newest first), in the log and in its feed', () => {
    const page = site.read('articles/good/index.html');
    expect(page).toMatch(/<h2 id="changes"[^>]*>Changes to this article<\/h2>/);
    expect(page.indexOf('Added a section on hills.')).toBeLessThan(
      page.indexOf('The squat number was from the wrong study.'),
    );
    expect(page).toContain('"dateModified":"2026-02-01T00:00:00.000Z"');

    const log = site.read('changes/index.html');
    expect(log).toContain('href="/articles/good/#changes"');
    expect(log.indexOf('Added a section on hills.')).toBeLessThan(
      log.indexOf('The squat number was from the wrong study.'),
    );
    const feed = site.read('changes/atom.xml');
    expect(feed).toContain('<title type="html"><![CDATA[Correction: A good article]]></title>');
    expect(feed).toContain('/articles/good/#change-2026-01-20-1</id>');
    expect(feed).toContain('<updated>2026-02-01T00:00:00.000Z</updated>');
  });

  it('shows an inline evidence label as a badge linked to how we grade, read out in brackets', () => {
    expect(site.read('articles/good/index.html')).toMatch(
      /Lift after the run\. <a class="evidence evidence-coaching-practice" href="\/about\/#methodology"><span class="sr-only">\(Evidence: <\/span>Coaching practice<span class="sr-only">\)<\/span><\/a>/,
    );
  });
});
