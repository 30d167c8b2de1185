import type { APIRoute } from 'astro';
import { cardInputOf, ogCardPaths, type OgCardSpec } from '../../../data/og';
import { renderCard, startCards } from '../../../og/render';

/**
 * One PNG per card (src/data/og.ts). Astro asks every route for its paths before it renders any
 * page, so a build starts drawing the cards here, beside the pages (src/og/render.ts).
 */
export const getStaticPaths = async () => {
  const paths = await ogCardPaths();
  if (import.meta.env.PROD)
    startCards(paths.map(({ props }) => cardInputOf(props.card, props.size)));
  return paths;
};

export const GET: APIRoute<{ card: OgCardSpec; size: { width: number; height: number } }> = async ({
  props,
}) => {
  const png = await renderCard(cardInputOf(props.card, props.size));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
