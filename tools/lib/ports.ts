/**
 * Local ports for the servers the tests, benchmarks and screenshots start. Machines are often
 * shared, so one variable moves them all: `E2E_PORT` (the Playwright preview server, default
 * 4391) and the next few ports after it. Each can still be set on its own.
 */
const BASE = Number(process.env.E2E_PORT ?? 4391);

export const PORTS = {
  /** `astro preview` for the browser tests. */
  preview: BASE,
  /** nginx serving a copy of dist/ in the browser tests. */
  nginxE2e: Number(process.env.NGINX_E2E_PORT ?? BASE + 2),
  /** nginx serving a fixture build in the integration tests. */
  nginxFixture: Number(process.env.NGINX_FIXTURE_PORT ?? BASE + 3),
  /** The static server `npm run bench` measures through, and nginx for `npm run bench:serve`. */
  bench: Number(process.env.BENCH_PORT ?? BASE + 4),
  /** The preview server `npm run screenshots` starts. */
  screenshots: Number(process.env.SCREENSHOT_PORT ?? BASE + 5),
} as const;
