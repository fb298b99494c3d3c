import { NotAllowed, type PlaygroundProps, RejectForm, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { useId } from 'react';
import type { ClaimWcaIdStored } from '../claim-metadata.js';
import { ApproveAction } from './ApproveAction.js';
import { useClaimMessages } from './i18n/messages.js';
import { CLAIM_ACTION, findAction } from './claim-actions.js';
import { HandOverAction } from './HandOverAction.js';
import { userLabel } from './people.js';

/**
 * The Delegate's view of a claim: which profile is claimed, by whom and with what message, who
 * holds the request and whom it was handed to, then approve (after a confirmation), reject with a
 * reason, or hand over. Each action the viewer may not run is greyed out with the server's reason.
 */
export function ReviewClaim({ ticket, metadata, actions, runAction, busy }: PlaygroundProps<ClaimWcaIdStored>) {
  const id = useId();
  const { t, rich } = useClaimMessages();
  const requester = userLabel(ticket.stakeholders, metadata.requesterUserId, t);
  const approve = findAction(actions, CLAIM_ACTION.approve);
  const reject = findAction(actions, CLAIM_ACTION.reject);
  const handOver = findAction(actions, CLAIM_ACTION.handOver);
  const act = useAction(runAction);
  // The reject form says its own reason; the other two say theirs below the decisions.
  const why = useNotAllowed([approve, handOver]);
  // Nothing may be decided (a closed claim, someone who is not its Delegate): the claim read-only, and why once.
  const decisions = [approve, reject, handOver].filter((action) => action !== undefined);
  const nothingAllowed = decisions.length > 0 && decisions.every((action) => !action.allowed);
  const allWhy = useNotAllowed(decisions);

  return (
    <div>
      <h3 className="tk-section-title">{rich('claim.heading', { wcaId: <span className="tk-strong">{metadata.wcaId}</span> })}</h3>
      <dl aria-label={t('claim.label')}>
        <dt className="tk-strong">{t('claim.wcaId')}</dt>
        <dd>
          {metadata.wcaId} <span className="tk-muted">{t('claim.profile', { personId: String(metadata.personId) })}</span>
        </dd>
        <dt className="tk-strong">{t('claim.claimedBy')}</dt>
        <dd>{requester}</dd>
        <dt className="tk-strong">{t('claim.message')}</dt>
        <dd>{metadata.message ? <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{metadata.message}</p> : <span className="tk-muted">{t('claim.noMessage')}</span>}</dd>
        <dt className="tk-strong">{t('claim.delegate')}</dt>
        <dd>{userLabel(ticket.stakeholders, metadata.delegateUserId, t)}</dd>
        {metadata.rejectionReason !== null && (
          <>
            <dt className="tk-strong">{t('claim.rejection')}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{metadata.rejectionReason}</dd>
          </>
        )}
      </dl>

      <h4 id={`${id}-history`} className="tk-subtitle">
        {t('history.heading')}
      </h4>
      {metadata.handedTo.length === 0 ? (
        <p className="tk-muted">{t('history.none')}</p>
      ) : (
        <ol aria-labelledby={`${id}-history`}>
          {metadata.handedTo.map((userId, index) => (
            // The same Delegate may be handed the request twice, so the position is part of the key.
            <li key={`${index}:${userId}`}>{userLabel(ticket.stakeholders, userId, t)}</li>
          ))}
        </ol>
      )}

      {nothingAllowed && <NotAllowed reasons={allWhy} />}
      {(approve || reject || handOver) && !nothingAllowed && (
        <>
          <h4 className="tk-subtitle">{t('decide.heading')}</h4>
          {approve && <ApproveAction action={approve} run={act} busy={busy} why={why} requester={requester} wcaId={metadata.wcaId} />}
          {reject && <RejectForm action={reject} run={act} busy={busy} what={t('reject.what')} help={t('reject.help')} />}
          {handOver && <HandOverAction action={handOver} run={act} busy={busy} why={why} />}
          <NotAllowed reasons={why} />
        </>
      )}
    </div>
  );
}
