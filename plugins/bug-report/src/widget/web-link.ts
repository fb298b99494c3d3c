/**
 * The reported page as a link to follow, when it is a web page. The metadata schema accepts any
 * URL (`javascript:`, `data:`, `file:` too), so anything but http(s) is shown as text, never linked.
 */
export function webLink(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
