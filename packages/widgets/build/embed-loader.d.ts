export interface EmbedManifest {
  /** The core's file (content-hashed), relative to dist/. */
  core: string;
  /** Every chunk the core imports, directly or not: the loader imports them at once. */
  preload: string[];
  /** The text in the loader the API replaces with its installed ticket types' modules (a JSON array). */
  ticketTypesPlaceholder: string;
  /** The shared runtime's entries by name (react, react-jsx-runtime, react-dom, plugin-kit-widget). */
  runtime: Record<string, string>;
}
/** Where the API writes its installed ticket types' playground modules, `[{ type, module }]`. */
export const TICKET_TYPES_PLACEHOLDER: string;
export function loaderSource(
  manifest: Pick<EmbedManifest, 'core' | 'preload'>,
  options: {
    exports: readonly string[];
    firstPaint: string | ((...args: never[]) => unknown);
    firstPaintKey: string;
    wantedLocales: string | ((...args: never[]) => unknown);
  },
): string;
export function embedLoader(options: {
  coreName?: string;
  fileName?: string;
  firstPaint: (...args: never[]) => unknown;
  firstPaintKey: string;
  wantedLocales: (...args: never[]) => unknown;
}): import('vite').Plugin;
