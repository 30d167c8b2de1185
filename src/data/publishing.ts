/**
 * The build's publishing rule, decided once from Astro's command by the content integration
 * (src/integrations/content/): `astro dev` shows drafts and scheduled entries, builds do not.
 * Every collection query uses this one object; the cross-link plugin uses the same rule.
 */
export { devServer, publishing } from 'virtual:strong-miles/publishing';
