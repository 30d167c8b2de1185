import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ContentReader } from '../../src/integrations/content/reader.ts';
import { LINKABLE_COLLECTIONS, type LinkableCollection } from '../../src/lib/content-links';
import { PROJECT_ROOT } from '../../tools/lib/project-copy.ts';

/**
 * For every file of content/, the heading ids the content reader computes before rendering (what
 * cross-links are checked against) equal the ids of the headings Astro rendered into the page in
 * dist/. Needs a build of the project (`npm run build`; `npm test` builds first).
 */

const DIST = path.join(PROJECT_ROOT, 'dist');
const reader = new ContentReader({
  contentRoot: path.join(PROJECT_ROOT, 'content'),
  projectRoot: PROJECT_ROOT,
});
reader.publishing = { now: new Date(), includeUnpublished: false };

/** Ids of the headings inside the page's rendered Markdown (the `.prose` block), in order. */
function renderedHeadingIds(html: string): string[] {
  const prose = DomUtils.findOne(
    (element) => (element.attribs.class ?? '').split(/\s+/).includes('prose'),
    parseDocument(html).children,
  );
  if (!prose) return [];
  return DomUtils.findAll((element) => /^h[1-6]$/.test(element.name), prose.children).map(
    (heading) => heading.attribs.id ?? '(no id)',
  );
}

const pages = (Object.keys(LINKABLE_COLLECTIONS) as LinkableCollection[]).flatMap((collection) =>
  reader.entries(collection).map((entry) => ({
    collection,
    entry,
    source: path.join(PROJECT_ROOT, entry.file),
    page: path.join(DIST, LINKABLE_COLLECTIONS[collection].route(entry.id), 'index.html'),
  })),
);

describe('heading ids: the content reader agrees with the built pages', () => {
  it('has a build to compare with, and content to check', () => {
    expect(existsSync(DIST), 'no dist/: run npm run build first').toBe(true);
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.entry.file, page] as const))('%s', (_file, page) => {
    if (!reader.isPublished(page.entry)) return;
    const expected = renderedHeadingIds(readFileSync(page.page, 'utf8'));
    expect(reader.headingIds(page.source)).toEqual(expected);
  });
});
