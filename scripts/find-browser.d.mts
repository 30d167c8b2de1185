/** Types for find-browser.mjs (plain JavaScript so `npm test` can run it before any build). */
export declare const SYSTEM_CHROMIUM_PATHS: string[];
export declare const INSTALL_HINT: string;
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
