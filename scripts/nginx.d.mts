/** Types for scripts/nginx.mjs (imported by the TypeScript tests). */
export declare const PROJECT_ROOT: string;
export declare const NGINX_INSTALL_HINT: string;
export declare const BROTLI_INSTALL_HINT: string;
export declare function findNginx(): string | undefined;
export declare function nginxUnavailable(): string | undefined;
export interface NginxOptions {
  port: number;
  /** Folder holding dist/ (default: the project). */
  siteRoot?: string;
  accessLog?: boolean;
  workers?: number | 'auto';
}
export declare function prepareNginx(
  options: NginxOptions,
): { error: string } | { error?: undefined; nginx: string; prefix: string; args: string[] };
export declare function waitForPort(port: number, timeoutMs?: number): Promise<void>;
export declare function startNginx(options: NginxOptions): Promise<{ stop: () => Promise<void> }>;
