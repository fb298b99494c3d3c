import { safeHttpUrl } from './field-display.js';

/** The proof a requester gave: a link only when it is an http(s) page, else the text as given. */
export function ProofLink({ proofUrl }: { proofUrl: string | null }) {
  if (proofUrl === null) return <span className="tk-muted">No proof was given.</span>;
  const href = safeHttpUrl(proofUrl);
  if (!href) return <span>{proofUrl} (not a web link; not opened)</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {proofUrl}
    </a>
  );
}
