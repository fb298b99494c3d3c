import { WebLink } from '@tickets/plugin-kit/widget';

/** The proof a requester gave: a link only when it is an http(s) page, else the text as given. */
export function ProofLink({ proofUrl }: { proofUrl: string | null }) {
  return proofUrl === null ? <span className="tk-muted">No proof was given.</span> : <WebLink address={proofUrl} />;
}
