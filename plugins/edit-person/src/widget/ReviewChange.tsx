import type { ActionView, PlaygroundProps } from '@tickets/plugin-kit/widget';
import { useId, useState } from 'react';
import type { EditPersonStored } from '../edit-person-stored.js';
import { AddFieldForm } from './AddFieldForm.js';
import { FIELD_ORDER } from './field-display.js';
import { ProofLink } from './ProofLink.js';
import { RejectForm } from './RejectForm.js';
import { RequestedFieldRow } from './RequestedFieldRow.js';
import { type ActionRun, offered, refusal, type Refusal, useAction } from './use-action.js';

/** The apply effects refuse with `edit_person.out_of_sync` when the profile changed since filing. */
export function isOutOfSync(refused: Refusal | null): boolean {
  return refused?.domainCode === 'edit_person.out_of_sync';
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/** Refusal sentences said once for several controls: each control points at its sentence. */
function reasonIds(prefix: string, actions: readonly ActionView[]): { ids: Map<string, string>; reasons: { id: string; text: string }[] } {
  const ids = new Map<string, string>();
  const reasons: { id: string; text: string }[] = [];
  for (const action of actions) {
    const text = refusal(action);
    if (text === null) continue;
    let reason = reasons.find((r) => r.text === text);
    if (!reason) {
      reason = { id: `${prefix}-reason-${reasons.length}`, text };
      reasons.push(reason);
    }
    ids.set(action.key, reason.id);
  }
  return { ids, reasons };
}

function Reasons({ reasons }: { reasons: readonly { id: string; text: string }[] }) {
  return reasons.map((reason) => (
    <p key={reason.id} id={reason.id} className="tk-muted">
      {reason.text}
    </p>
  ));
}

/**
 * The results team's view of an edit-person request: each requested field beside the profile's
 * value, the proof, controls to edit / drop / add fields, and the outcome — apply as a fix or an
 * update, or reject with a reason. When the profile changed since the old values were read, the
 * apply actions refuse; their message is shown with "Sync old values".
 */
export function ReviewChange({ ticket, metadata, actions, runAction, busy }: PlaygroundProps<EditPersonStored>) {
  const id = useId();
  const editField = offered(actions, 'editField');
  const dropField = offered(actions, 'dropField');
  const addField = offered(actions, 'addField');
  const syncOldValues = offered(actions, 'syncOldValues');
  const applyAsFix = offered(actions, 'applyAsFix');
  const applyAsUpdate = offered(actions, 'applyAsUpdate');
  const reject = offered(actions, 'reject');

  const fix = useAction(runAction, 'applyAsFix');
  const update = useAction(runAction, 'applyAsUpdate');
  const sync = useAction(runAction, 'syncOldValues');
  // The profile version the apply refusal was about: after a sync (ours or someone's) it is stale.
  const [outOfSyncAt, setOutOfSyncAt] = useState<string | null>(null);

  const rowReasons = reasonIds(`${id}-rows`, [editField, dropField]);
  const applyReasons = reasonIds(`${id}-apply`, [applyAsFix, applyAsUpdate]);
  const syncReason = refusal(syncOldValues);

  const applying = fix.pending || update.pending;
  const working = busy || applying || sync.pending;
  const apply = async (which: ActionRun, other: ActionRun) => {
    other.clear();
    const refused = await which.run({});
    setOutOfSyncAt(isOutOfSync(refused) ? metadata.profileVersion : null);
  };
  const lastApply = fix.refused ?? update.refused;
  // Hidden again once the old values were synced (here or by someone else): the version moved on.
  const outOfSync = outOfSyncAt !== null && outOfSyncAt === metadata.profileVersion && lastApply !== null;
  const runSync = async () => {
    if ((await sync.run({})) === null) {
      fix.clear();
      update.clear();
      setOutOfSyncAt(null);
    }
  };

  const requested = new Set(metadata.fields.map((f) => f.field));
  const available = FIELD_ORDER.filter((field) => !requested.has(field));
  const rows = FIELD_ORDER.flatMap((field) => metadata.fields.filter((f) => f.field === field));

  const syncButton = (
    <button
      type="button"
      className={outOfSync ? 'tk-button tk-primary' : 'tk-button'}
      disabled={working || !syncOldValues.allowed}
      aria-describedby={syncReason ? `${id}-sync-reason` : outOfSync ? undefined : `${id}-sync-help`}
      aria-busy={sync.pending || undefined}
      onClick={() => void runSync()}
    >
      {sync.pending ? 'Syncing…' : 'Sync old values'}
    </button>
  );

  return (
    <div className="tk-edit-person">
      <h3 className="tk-section-title">Requested change</h3>
      <dl>
        <dt className="tk-strong">Profile</dt>
        <dd>
          {metadata.wcaId} <span className="tk-muted">(person #{metadata.personId})</span>
        </dd>
        <dt className="tk-strong">Proof</dt>
        <dd>
          <ProofLink proofUrl={metadata.proofUrl} />
        </dd>
        <dt className="tk-strong">Old values read from the profile</dt>
        <dd>
          <time dateTime={metadata.profileVersion}>{formatTime(metadata.profileVersion)}</time>
        </dd>
      </dl>

      {metadata.appliedAs !== null && (
        <p className="tk-notice" role="status">
          {metadata.appliedAs === 'fix' ? 'Applied as a fix: the profile was corrected.' : "Applied as an update: the previous values are kept in the person's history."}
        </p>
      )}
      {metadata.rejectionReason !== null && (
        <p className="tk-notice" role="status">
          Rejected: {metadata.rejectionReason}
        </p>
      )}

      {outOfSync && lastApply && (
        <div className="tk-notice tk-notice-warning" role="alert">
          <p>
            <span className="tk-strong">Out of sync. </span>
            {lastApply.message}
          </p>
          {syncButton}
        </div>
      )}

      <table aria-label="Requested fields" style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left' }}>
              Field
            </th>
            <th scope="col" style={{ textAlign: 'left' }}>
              Current (old) value
            </th>
            <th scope="col" style={{ textAlign: 'left' }}>
              New value
            </th>
            <th scope="col">
              <span className="tk-sr-only">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((requestedField) => (
            <RequestedFieldRow
              key={requestedField.field}
              requested={requestedField}
              editField={editField}
              dropField={dropField}
              editReasonId={rowReasons.ids.get('editField')}
              dropReasonId={rowReasons.ids.get('dropField')}
              runAction={runAction}
              busy={working}
            />
          ))}
        </tbody>
      </table>
      <Reasons reasons={rowReasons.reasons} />

      <AddFieldForm available={available} action={addField} runAction={runAction} busy={working} />

      {!outOfSync && (
        <div className="tk-form">
          <div className="tk-row">{syncButton}</div>
          <p id={`${id}-sync-help`} className="tk-muted">
            Read the current values from the profile again, when it changed since the request was filed.
          </p>
        </div>
      )}
      {syncReason && (
        <p id={`${id}-sync-reason`} className="tk-muted">
          {syncReason}
        </p>
      )}
      {sync.refused && (
        <p className="tk-error" role="alert">
          {sync.refused.message}
        </p>
      )}

      <h4 className="tk-subtitle">Apply the change</h4>
      <div className="tk-form">
        <div className="tk-row">
          <button
            type="button"
            className="tk-button tk-primary"
            disabled={working || !applyAsFix.allowed}
            aria-describedby={[`${id}-fix-help`, applyReasons.ids.get('applyAsFix')].filter(Boolean).join(' ')}
            aria-busy={fix.pending || undefined}
            onClick={() => void apply(fix, update)}
          >
            {fix.pending ? 'Applying…' : 'Apply as fix'}
          </button>
          <span id={`${id}-fix-help`} className="tk-muted">
            A fix corrects a mistake: the old value was never right, so no history is kept.
          </span>
        </div>
        <div className="tk-row">
          <button
            type="button"
            className="tk-button tk-primary"
            disabled={working || !applyAsUpdate.allowed}
            aria-describedby={[`${id}-update-help`, applyReasons.ids.get('applyAsUpdate')].filter(Boolean).join(' ')}
            aria-busy={update.pending || undefined}
            onClick={() => void apply(update, fix)}
          >
            {update.pending ? 'Applying…' : 'Apply as update'}
          </button>
          <span id={`${id}-update-help`} className="tk-muted">
            An update records a real change and keeps the previous value in the person&apos;s history.
          </span>
        </div>
        <Reasons reasons={applyReasons.reasons} />
        {lastApply && !isOutOfSync(lastApply) && (
          <p className="tk-error" role="alert">
            {lastApply.message}
          </p>
        )}
      </div>

      <h4 className="tk-subtitle">Or reject it</h4>
      <RejectForm action={reject} runAction={runAction} busy={working} key={ticket.id} />
    </div>
  );
}
