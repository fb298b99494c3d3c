import type { CompetitionResultStored } from '../competition-result-stored.js';

const count = (value: number, one: string, many = `${one}s`) => `${value.toLocaleString('en')} ${value === 1 ? one : many}`;

/** What the Delegates submitted, as everyone on the ticket reads it. */
export function SubmissionSummary({ metadata }: { metadata: CompetitionResultStored }) {
  return (
    <section aria-label="Submission" className="tk-form">
      <h3 className="tk-section-title">
        {metadata.competitionName}
        {metadata.submissions > 1 ? ` · submission ${metadata.submissions}` : ''}
      </h3>
      <p>
        {count(metadata.results, 'result')}, {count(metadata.scrambles, 'scramble set')}, {count(metadata.newcomers.length, 'newcomer')}
        {metadata.newcomers.length > 0 ? `: ${metadata.newcomers.join(', ')}` : ''}.
      </p>
      {metadata.note && <p style={{ whiteSpace: 'pre-wrap' }}>{metadata.note}</p>}
      {metadata.warnings.length > 0 && (
        <ul aria-label="Warnings verified">
          {metadata.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
