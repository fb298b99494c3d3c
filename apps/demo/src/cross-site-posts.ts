// The demo's forms change who is signed in and file tickets in that person's name, so a form
// posted from another site (a hidden auto-submitting form) must be refused: that is cross-site
// request forgery. Browsers say where a request comes from in Sec-Fetch-Site and Origin, which a
// page cannot forge; a client that sends neither (curl, a script) is not a browser being tricked.
import type { IncomingMessage } from 'node:http';

/** Why this POST is refused as coming from another site, or null when it comes from this one. */
export function crossSiteRefusal(req: IncomingMessage): string | null {
  const fetchSite = req.headers['sec-fetch-site'];
  // `same-site` too: another port or subdomain of the same site is still another origin.
  if (typeof fetchSite === 'string' && fetchSite !== 'same-origin' && fetchSite !== 'none') return refusal;
  const origin = req.headers.origin;
  if (origin !== undefined && !sameHost(origin, req.headers.host)) return refusal;
  return null;
}

const refusal = 'This form was sent from another site, so it was refused. Open the page on this site and send the form from there.';

function sameHost(origin: string, host: string | undefined): boolean {
  if (!host || origin === 'null') return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
