export interface EmbedManifest {
  /** The core's file (content-hashed), relative to dist/. */
  core: string;
  /** Every chunk the core imports, directly or not: the loader imports them at once. */
  preload: string[];
  /** The shared runtime's entries by name (react, react-jsx-runtime, react-dom, plugin-kit-widget). */
  runtime: Record<string, string>;
}
export function loaderSource(manifest: Pick<EmbedManifest, 'core' | 'preload'>, extra?: string): string;
export function embedLoader(options?: { coreName?: string; fileName?: string }): import('vite').Plugin;
