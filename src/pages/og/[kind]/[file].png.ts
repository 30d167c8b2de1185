import type { APIRoute, GetStaticPaths } from 'astro';
import { ARTICLE_IMAGE_VARIANTS, OG_SIZE, getOgCards, type OgCardSpec } from '../../../data/og';
import { renderCard } from '../../../og/render';
import { site } from '../../../site.config';

/** One PNG per card, plus the extra aspect ratios for articles. */
export const getStaticPaths = (async () => {
  const cards = await getOgCards();
  return cards.flatMap((card) => {
    const main = { params: { kind: card.kind, file: card.slug }, props: { card, size: OG_SIZE } };
    if (card.kind !== 'article') return [main];
    return [
      main,
      ...Object.entries(ARTICLE_IMAGE_VARIANTS).map(([variant, size]) => ({
        params: { kind: card.kind, file: `${card.slug}-${variant}` },
        props: { card, size },
      })),
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCardSpec; size: { width: number; height: number } }> = async ({
  props,
}) => {
  const png = await renderCard({
    kicker: props.card.kicker,
    title: props.card.title,
    siteName: site.name,
    tagline: site.tagline,
    figure: props.card.figure,
    ...props.size,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
