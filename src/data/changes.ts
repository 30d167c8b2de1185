import { Feed } from 'feed';
import { CHANGES_SECTION_ID, latestChange, siteChangeLog, type SiteChange } from '../lib/changes';
import { routes, withFragment } from '../lib/routes';
import { CHANGE_TYPES } from '../lib/taxonomy';
import { site } from '../site.config';
import { getPublishedArticles } from './articles';
import { getPublishedPrograms } from './programs';
import { absolute } from './site';

/**
 * The site-wide corrections log: every `changes` entry of the published articles and programs,
 * newest first, for the changes page and its Atom feed.
 */

let log: Promise<SiteChange[]> | undefined;

async function load(): Promise<SiteChange[]> {
  const [articles, programs] = await Promise.all([getPublishedArticles(), getPublishedPrograms()]);
  return siteChangeLog([
    ...articles.map((article) => ({
      title: article.data.title,
      path: routes.article(article.id),
      changes: article.data.changes,
    })),
    ...programs.map((program) => ({
      title: program.data.title,
      path: routes.program(program.id),
      changes: program.data.changes,
    })),
  ]);
}

/** Every change across the site, newest first (built once per build). */
export function getSiteChanges(): Promise<SiteChange[]> {
  if (import.meta.env.DEV) return load();
  log ??= load();
  return log;
}

/** Where a change is shown on its own page: the page's "Changes to this ..." section. */
export function changeHref(change: SiteChange): string {
  return withFragment(change.page.path, CHANGES_SECTION_ID);
}

/**
 * The log as an Atom feed (the `feed` package, like the article feeds). Each entry is one
 * change, titled with its kind and the page, dated with the change's own date, so a reader's
 * feed app shows a new correction as a new item.
 */
export async function changesFeed(): Promise<string> {
  const changes = await getSiteChanges();
  const feed = new Feed({
    title: `${site.name}: corrections and changes`,
    description: `Every correction, clarification and update to ${site.name} articles and programs, newest first.`,
    id: absolute(routes.changes()),
    link: absolute(routes.changes()),
    language: site.locale,
    favicon: absolute('/favicon-32.png'),
    copyright: site.name,
    // The newest change, not the build time, so an unchanged log gives an unchanged file.
    updated: latestChange(changes) ?? new Date(0),
    feedLinks: { atom: absolute(routes.changesFeed()) },
    author: { name: site.name, link: absolute(routes.about()) },
  });
  for (const change of changes) {
    const label = CHANGE_TYPES[change.type].label;
    feed.addItem({
      title: `${label}: ${change.page.title}`,
      id: absolute(change.key),
      link: absolute(changeHref(change)),
      description: change.summary,
      content: `<p><strong>${label}.</strong> ${escapeHtml(change.summary)}</p>`,
      date: change.date,
      published: change.date,
      category: [{ name: label, term: change.type }],
    });
  }
  return feed.atom1();
}

/** Escapes text for the one-paragraph HTML body of a feed entry. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
