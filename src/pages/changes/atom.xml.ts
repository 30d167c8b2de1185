import type { APIRoute } from 'astro';
import { changesFeed } from '../../data/changes';

/** Atom 1.0: every correction, clarification and update across the site, newest first. */
export const GET: APIRoute = async () =>
  new Response(await changesFeed(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
