import { datedOncePerDay } from '../../lib/dates';
import { routes } from '../../lib/routes';
import { organizationJsonLd, websiteJsonLd } from '../../lib/seo';
import { SERIES, SERIES_KEYS } from '../../lib/taxonomy';
import { site } from '../../site.config';
import { articleSummary, getPublishedArticles, getSeriesArticles } from '../articles';
import { getPublishedExercises } from '../exercises';
import { exerciseFigures } from '../figures';
import { siteIdentity, type PageHead } from '../site';

/** Everything the home page renders: the guide, each series in reading order, the latest. */
export async function homePage() {
  const published = await getPublishedArticles();
  const guide = published.find((article) => article.id === site.guideSlug);
  // A moving figure fills the hero's empty right side on wide screens (hidden on phones).
  const featured = (await getPublishedExercises()).find(
    (exercise) => exercise.id === site.homeFigure,
  );
  const head: PageHead = {
    description: site.description,
    jsonLd: [websiteJsonLd(siteIdentity(), site.description), organizationJsonLd(siteIdentity())],
  };
  return {
    head,
    tagline: site.tagline,
    guideHref: guide && routes.article(guide.id),
    programsHref: routes.programs(),
    planHref: routes.plan(),
    featured: featured && {
      href: routes.exercise(featured.id),
      name: featured.data.name,
      figures: exerciseFigures(featured),
    },
    series: (
      await Promise.all(
        SERIES_KEYS.map(async (key) => ({
          id: `series-${key}`,
          label: SERIES[key].label,
          parts: (await getSeriesArticles(key)).map((part, index) => ({
            href: routes.article(part.id),
            title: part.data.title,
            number: String(index + 1).padStart(2, '0'),
          })),
        })),
      )
    ).filter((series) => series.parts.length > 0),
    latest: datedOncePerDay(
      published
        .filter((article) => article.id !== site.guideSlug)
        .slice(0, site.homeLatestCount)
        .map(articleSummary),
    ),
  };
}
