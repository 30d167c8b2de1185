/**
 * The memory a build may use (issue 21: at most 1.5 GB resident at 1,000 articles, 3 GB at
 * 5,000). Node's heap grows until it nears its limit before collecting hard, so a build without a
 * cap can look hungrier than it is, and a regression that keeps memory (as resvg's per-card leak
 * did) shows only as a slower machine. `npm test` and `npm run bench:build` build with this cap:
 * a build that needs more fails with "heap out of memory" instead of passing.
 */
export const BUILD_HEAP_CAP_MB = 1024;

/** `env` with the heap cap added to NODE_OPTIONS (kept: any options already there). */
export function withHeapCap(
  env: NodeJS.ProcessEnv,
  megabytes: number = BUILD_HEAP_CAP_MB,
): NodeJS.ProcessEnv {
  if (megabytes <= 0) return env;
  const options = (env.NODE_OPTIONS ?? '').replace(/--max-old-space-size=\d+/g, '').trim();
  return {
    ...env,
    NODE_OPTIONS: `${options} --max-old-space-size=${megabytes}`.trim(),
  };
}
