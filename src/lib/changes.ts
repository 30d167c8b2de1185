import { isoDate } from './dates';
import type { ChangeType } from './taxonomy';

/**
 * The public corrections log: each article's and program's `changes` front matter, shown on
 * the page itself, gathered on the changes page and in its feed. Pure: pages pass the entries
 * in.
 */

/** One entry of a page's `changes` list (the schema in src/schemas/changes.ts). */
export interface PageChange {
  date: Date;
  type: ChangeType;
  summary: string;
}

/** A page that can carry a change history. */
export interface ChangedPage {
  title: string;
  /** The page's path, from src/lib/routes.ts. */
  path: string;
  changes: readonly PageChange[];
}

/** One change in the site-wide log, with the page it belongs to. */
export interface SiteChange extends PageChange {
  page: { title: string; path: string };
  /**
   * Stable id for feeds: the page path, the date and the change's place among that page's
   * changes of the same day in file order, so adding a change never renumbers older ones.
   */
  key: string;
}

/** The fragment of the "Changes to this page" section, so the log can link straight to it. */
export const CHANGES_SECTION_ID = 'changes';

/** A page's changes, newest first; changes of the same day keep the order they were written in. */
export function newestFirst<T extends { date: Date }>(changes: readonly T[]): T[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.index - b.index)
    .map(({ change }) => change);
}

/**
 * Every change on every page, newest first. On the same day, pages are ordered by title and
 * each page's changes keep their written order, so the log reads the same on every build.
 */
export function siteChangeLog(pages: readonly ChangedPage[]): SiteChange[] {
  const all = pages.flatMap((page) => {
    const seenPerDay = new Map<string, number>();
    return page.changes.map((change) => {
      const day = isoDate(change.date);
      const n = (seenPerDay.get(day) ?? 0) + 1;
      seenPerDay.set(day, n);
      return {
        ...change,
        page: { title: page.title, path: page.path },
        key: `${page.path}#change-${day}-${n}`,
      };
    });
  });
  return all
    .map((change, index) => ({ change, index }))
    .sort(
      (a, b) =>
        b.change.date.getTime() - a.change.date.getTime() ||
        a.change.page.title.localeCompare(b.change.page.title, 'en') ||
        a.index - b.index,
    )
    .map(({ change }) => change);
}

/** The newest change date in a log, if there is any change at all. */
export function latestChange(changes: readonly { date: Date }[]): Date | undefined {
  return changes.reduce<Date | undefined>(
    (latest, { date }) => (latest === undefined || date > latest ? date : latest),
    undefined,
  );
}

/**
 * A plain `mailto:` link for reporting an error on a page: the subject names the page and the
 * body carries its address, so the report arrives with the page attached and the reader only
 * has to say what is wrong. No form, no script, nothing sent until the reader sends the email.
 */
export function reportErrorHref({
  address,
  title,
  url,
}: {
  address: string;
  title: string;
  url: string;
}): string {
  if (!/^[^\s@?&]+@[^\s@?&]+\.[a-z]{2,}$/i.test(address)) {
    throw new Error(`reportErrorHref needs a plain email address; got "${address}"`);
  }
  if (!/^https?:\/\//.test(url)) {
    throw new Error(`reportErrorHref needs the page's absolute URL; got "${url}"`);
  }
  // RFC 6068: spaces as %20 (URLSearchParams would write "+", which mail apps keep) and line
  // breaks as %0D%0A.
  const encode = (text: string) => encodeURIComponent(text).replace(/%0A/g, '%0D%0A');
  const subject = `Error on "${title}"`;
  const body = `Page: ${url}\n\n`;
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}
