import type { PlaygroundProps } from '@tickets/plugin-kit/widget';
import type { EditPersonStored } from '../edit-person-stored.js';
import { PERSON_FIELDS } from '../person-field-names.js';
import { useEditPersonMessages } from './i18n/messages.js';
import { ProofLink } from './ProofLink.js';
import { ReadOnlyFieldRows, RequestedFieldsTable } from './RequestedFieldsTable.js';

/**
 * The requester's view: what she asked to change, read-only — each field with the value the profile
 * had and the one she asked for, her proof link and the outcome. The ticket page shows only the title
 * otherwise, and only the results team changes the request, so there is nothing to press here (the
 * requester's actions, e.g. withdrawing, are the page's status controls).
 */
export function RequestSummary({ metadata }: PlaygroundProps<EditPersonStored>) {
  const { t } = useEditPersonMessages();
  const rows = PERSON_FIELDS.flatMap((field) => metadata.fields.filter((f) => f.field === field));
  return (
    <div className="tk-edit-person">
      <h3 className="tk-section-title">{t('summary.heading')}</h3>
      <dl>
        <dt className="tk-strong">{t('details.profile')}</dt>
        <dd>{metadata.wcaId}</dd>
        <dt className="tk-strong">{t('details.proof')}</dt>
        <dd>
          <ProofLink proofUrl={metadata.proofUrl} />
        </dd>
      </dl>
      <RequestedFieldsTable oldValueHead={t('table.profileValue')} newValueHead={t('table.requestedValue')}>
        <ReadOnlyFieldRows rows={rows} />
      </RequestedFieldsTable>
      {metadata.appliedAs !== null && <p className="tk-notice">{t('outcome.applied')}</p>}
      {metadata.rejectionReason !== null && <p className="tk-notice">{t('outcome.rejected', { reason: metadata.rejectionReason })}</p>}
    </div>
  );
}
