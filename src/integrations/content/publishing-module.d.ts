/** Written by the content integration (index.ts) from Astro's command when the build starts. */
declare module 'virtual:strong-miles/publishing' {
  /** What this build shows: drafts and scheduled entries only under `astro dev`. */
  export const publishing: import('../../lib/publishing').PublishingContext;
  /** True under `astro dev`, where content changes while the server runs. */
  export const devServer: boolean;
}
