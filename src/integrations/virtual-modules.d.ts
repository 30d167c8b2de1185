/** Written by the content integration (src/integrations/content/) from Astro's command when the build starts. */
declare module 'virtual:strong-miles/publishing' {
  /** What this build shows: drafts and scheduled entries only under `astro dev`. */
  export const publishing: import('../lib/publishing').PublishingContext;
  /** True under `astro dev`, where content changes while the server runs. */
  export const devServer: boolean;
}

/** Written by the color-tokens integration from src/lib/colors.ts. */
declare module 'virtual:strong-miles/colors.css';
