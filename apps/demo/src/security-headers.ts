// Headers on every response of the demo site: no other site may frame its pages (clickjacking the
// user switch or the forms), browsers must not guess a content type, and addresses of its pages
// do not leak to other sites. Scripts are not restricted here: the user switch submits through an
// inline handler.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};
