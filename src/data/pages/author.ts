import { routes, withFragment } from '../../lib/routes';
import { profilePageJsonLd } from '../../lib/seo';
import { ui } from '../../ui';
import { articleSummary, getPublishedArticles } from '../articles';
import { getAuthors, type Author } from '../authors';
import { breadcrumbs, siteIdentity, type PageHead } from '../site';

/** One page per author. */
export async function authorPaths() {
  return (await getAuthors()).map((author) => ({ params: { id: author.id }, props: { author } }));
}

/** Everything an author page renders: who they are and the articles they wrote. */
export async function authorPage(author: Author) {
  const { name, role, bio, kind, links } = author.data;
  const path = routes.author(author.id);
  const articles = (await getPublishedArticles())
    .filter((article) => article.data.author.id === author.id)
    .map(articleSummary);
  const head: PageHead = {
    title: name,
    description: bio.slice(0, 155),
    jsonLd: [
      profilePageJsonLd({ kind, name, description: bio, path }, siteIdentity()),
      breadcrumbs([{ name, path }]),
    ],
  };
  return {
    head,
    name,
    role,
    bio,
    methodologyHref: withFragment(routes.about(), 'methodology'),
    links,
    articlesHeading: ui.articleCount(articles.length),
    articles,
  };
}
