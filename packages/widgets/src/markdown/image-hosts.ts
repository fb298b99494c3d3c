/**
 * Which hosts comments may load images from. An image is fetched by every staff browser that
 * opens the ticket, so an image from anywhere is a tracking pixel (who read the ticket, when, from
 * which address). Only hosts the site configured are loaded; other images become links.
 */
export type ImageHosts = ReadonlySet<string>;

/** No host: the default, every image in a comment is shown as a link. */
export const NO_IMAGE_HOSTS: ImageHosts = new Set();

/**
 * The hosts from a list such as `"wca.example, cdn.example:8443"` (the `image-hosts` attribute):
 * host names, with a port when it is not the default one; an origin (`https://cdn.example`) is
 * read as its host. Entries that are not hosts are ignored.
 */
export function parseImageHosts(list: string | readonly string[] | null | undefined): ImageHosts {
  const entries = typeof list === 'string' ? list.split(/[\s,]+/) : (list ?? []);
  const hosts = new Set<string>();
  for (const entry of entries) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    try {
      // Parsed as the browser parses an address, so case, IDN and default ports compare alike.
      const url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
      if (url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' && url.hash === '') hosts.add(url.host);
    } catch {
      // Not a host: ignored rather than failing the page.
    }
  }
  return hosts;
}

/** Whether an image at this absolute address may be loaded. */
export function imageAllowed(href: string, hosts: ImageHosts): boolean {
  if (hosts.size === 0) return false;
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && hosts.has(url.host);
  } catch {
    return false;
  }
}
