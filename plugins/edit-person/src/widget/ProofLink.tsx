import { WebLink } from '@tickets/plugin-kit/widget';
import { useEditPersonMessages } from './i18n/messages.js';

/** The proof a requester gave: a link only when it is an http(s) page, else the text as given. */
export function ProofLink({ proofUrl }: { proofUrl: string | null }) {
  const { t } = useEditPersonMessages();
  return proofUrl === null ? <span className="tk-muted">{t('details.noProof')}</span> : <WebLink address={proofUrl} />;
}
