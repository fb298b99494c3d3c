import { NotAllowed, type PlaygroundProps, RejectForm, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { useId } from 'react';
import type { ClaimWcaIdStored } from '../claim-metadata.js';
import { ApproveAction } from './ApproveAction.js';
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
  const requester = userLabel(ticket.stakeholders, metadata.requesterUserId);
  const approve = findAction(actions, CLAIM_ACTION.approve);
  const reject = findAction(actions, CLAIM_ACTION.reject);
  const handOver = findAction(actions, CLAIM_ACTION.handOver);
  const act = useAction(runAction);
  // The reject form says its own reason; the other two say theirs below the decisions.
  const why = useNotAllowed([approve, handOver]);

  return (
    <div>
      <h3 className="tk-section-title">
        Claim of WCA ID <span className="tk-strong">{metadata.wcaId}</span>
      </h3>
      <dl aria-label="The claim">
        <dt className="tk-strong">WCA ID</dt>
        <dd>
          {metadata.wcaId} <span className="tk-muted">(profile {metadata.personId})</span>
        </dd>
        <dt className="tk-strong">Claimed by</dt>
        <dd>{requester}</dd>
        <dt className="tk-strong">Their message</dt>
        <dd>{metadata.message ? <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{metadata.message}</p> : <span className="tk-muted">No message.</span>}</dd>
        <dt className="tk-strong">With Delegate</dt>
        <dd>{userLabel(ticket.stakeholders, metadata.delegateUserId)}</dd>
        {metadata.rejectionReason !== null && (
          <>
            <dt className="tk-strong">Reason for rejecting</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{metadata.rejectionReason}</dd>
          </>
        )}
      </dl>

      <h4 id={`${id}-history`} className="tk-subtitle">
        Handed over
      </h4>
      {metadata.handedTo.length === 0 ? (
        <p className="tk-muted">Not handed over: still with the Delegate the requester named.</p>
      ) : (
        <ol aria-labelledby={`${id}-history`}>
          {metadata.handedTo.map((userId, index) => (
            // The same Delegate may be handed the request twice, so the position is part of the key.
            <li key={`${index}:${userId}`}>{userLabel(ticket.stakeholders, userId)}</li>
          ))}
        </ol>
      )}

      {(approve || reject || handOver) && (
        <>
          <h4 className="tk-subtitle">Decide</h4>
          {approve && <ApproveAction action={approve} run={act} busy={busy} why={why} requester={requester} wcaId={metadata.wcaId} />}
          {reject && <RejectForm action={reject} run={act} busy={busy} what="claim" help="The requester reads this." />}
          {handOver && <HandOverAction action={handOver} run={act} busy={busy} why={why} />}
          <NotAllowed reasons={why} />
        </>
      )}
    </div>
  );
}
