import type { APIRoute } from 'astro';
import { ogCardPaths, type OgCardSpec } from '../../../data/og';
import { renderCard } from '../../../og/render';
import { site } from '../../../site.config';

/** One PNG per card (src/data/og.ts). */
export const getStaticPaths = ogCardPaths;

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
