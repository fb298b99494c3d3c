import type { CompetitionResultStored } from '../competition-result-stored.js';
import { useCompetitionResultMessages } from './i18n/messages.js';

/** What the Delegates submitted, as everyone on the ticket reads it. */
export function SubmissionSummary({ metadata }: { metadata: CompetitionResultStored }) {
  const { t } = useCompetitionResultMessages();
  return (
    <section aria-label={t('submission.label')} className="tk-form">
      <h3 className="tk-section-title">{t('submission.heading', { competition: metadata.competitionName, resubmitted: String(metadata.submissions > 1), submissions: String(metadata.submissions) })}</h3>
      <p>
        {t('submission.counts', {
          results: metadata.results,
          scrambles: metadata.scrambles,
          newcomers: metadata.newcomers.length,
          hasNames: String(metadata.newcomers.length > 0),
          names: metadata.newcomers.join(', '),
        })}
      </p>
      {metadata.note && <p style={{ whiteSpace: 'pre-wrap' }}>{metadata.note}</p>}
      {metadata.warnings.length > 0 && (
        <ul aria-label={t('submission.warnings')}>
          {metadata.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
