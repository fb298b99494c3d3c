import { type ActionRefusal, ActionButton, type ActionView, FormRefusal, NotAllowed, type PlaygroundProps, RejectForm, useAction, useNotAllowed } from '@tickets/plugin-kit/widget';
import { useId, useState } from 'react';
import type { EditPersonStored } from '../edit-person-stored.js';
import { AddFieldForm } from './AddFieldForm.js';
import { useEditPersonMessages } from './i18n/messages.js';
import { PERSON_FIELDS } from '../person-field-names.js';
import { ProofLink } from './ProofLink.js';
import { RequestedFieldRow } from './RequestedFieldRow.js';
import { ReadOnlyFieldRows, RequestedFieldsTable } from './RequestedFieldsTable.js';

/** The apply effects refuse with `edit_person.out_of_sync` when the profile changed since filing. */
export function isOutOfSync(refusal: ActionRefusal | null): boolean {
  return refusal?.domainCode === 'edit_person.out_of_sync';
}

/** The action as the viewer is offered it; one the host did not list counts as not allowed, for `reason`. */
function offered(actions: readonly ActionView[], key: string, reason: string): ActionView {
  return actions.find((action) => action.key === key) ?? { key, title: key, description: null, allowed: false, reason };
}

/** When the old values were read, in the reader's language, in UTC (as the directory keeps it). */
function formatTime(iso: string, locale: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}

/**
 * The results team's view of an edit-person request: each requested field beside the profile's
 * value, the proof, controls to edit / drop / add fields, and the outcome — apply as a fix or an
 * update, or reject with a reason. When the profile changed since the old values were read, the
 * apply actions refuse; their message is shown with "Sync old values".
 */
export function ReviewChange({ ticket, metadata, actions, runAction, busy }: PlaygroundProps<EditPersonStored>) {
  const id = useId();
  const { t, locale } = useEditPersonMessages();
  const offer = (key: string) => offered(actions, key, t('notOffered'));
  const readAt = formatTime(metadata.profileVersion, locale);
  const [editField, dropField, addField, syncOldValues] = [offer('editField'), offer('dropField'), offer('addField'), offer('syncOldValues')];
  const [applyAsFix, applyAsUpdate, reject] = [offer('applyAsFix'), offer('applyAsUpdate'), offer('reject')];
  const apply = useAction(runAction);
  const sync = useAction(runAction);
  const rejecting = useAction(runAction);
  // The profile version the apply refusal was about: after a sync (ours or someone's) it is stale.
  const [outOfSyncAt, setOutOfSyncAt] = useState<string | null>(null);
  const rowsWhy = useNotAllowed([editField, dropField]);
  const applyWhy = useNotAllowed([applyAsFix, applyAsUpdate]);
  const syncWhy = useNotAllowed([syncOldValues]);
  // Nothing may be done (a closed ticket, a viewer outside the team): what was asked and what came
  // of it, read-only, and why once — not every control greyed out with the same sentence.
  const everything = [editField, dropField, addField, syncOldValues, applyAsFix, applyAsUpdate, reject];
  const allWhy = useNotAllowed(everything);

  const working = busy || apply.pending !== null || sync.pending !== null;
  const runApply = async (key: string) => {
    const refusal = await apply.run(key);
    setOutOfSyncAt(isOutOfSync(refusal) ? metadata.profileVersion : null);
  };
  // Hidden again once the old values were synced (here or by someone else): the version moved on.
  const outOfSync = outOfSyncAt !== null && outOfSyncAt === metadata.profileVersion && apply.refusal !== null;
  const runSync = async () => {
    if ((await sync.run(syncOldValues.key)) === null) {
      apply.clear();
      setOutOfSyncAt(null);
    }
  };

  const readOnly = everything.every((action) => !action.allowed);
  const requested = new Set(metadata.fields.map((f) => f.field));
  const available = PERSON_FIELDS.filter((field) => !requested.has(field));
  const rows = PERSON_FIELDS.flatMap((field) => metadata.fields.filter((f) => f.field === field));
  const syncButton = (
    <ActionButton
      action={syncOldValues}
      run={sync}
      busy={working}
      pending={t('sync.pending')}
      label={t('sync.label')}
      why={syncWhy}
      describedBy={outOfSync ? undefined : `${id}-sync-help`}
      primary={outOfSync}
      onClick={() => void runSync()}
    />
  );

  const outcome = (
    <>
      {metadata.appliedAs !== null && (
        <p className="tk-notice" role="status">
          {metadata.appliedAs === 'fix' ? t('outcome.fix') : t('outcome.update')}
        </p>
      )}
      {metadata.rejectionReason !== null && (
        <p className="tk-notice" role="status">
          {t('outcome.rejected', { reason: metadata.rejectionReason })}
        </p>
      )}
    </>
  );
  const details = (
    <dl>
      <dt className="tk-strong">{t('details.profile')}</dt>
      <dd>
        {metadata.wcaId} <span className="tk-muted">{t('details.person', { id: String(metadata.personId) })}</span>
      </dd>
      <dt className="tk-strong">{t('details.proof')}</dt>
      <dd>
        <ProofLink proofUrl={metadata.proofUrl} />
      </dd>
      <dt className="tk-strong">{t('details.readAt')}</dt>
      <dd>
        <time dateTime={metadata.profileVersion}>{readAt === null ? metadata.profileVersion : t('details.readAtTime', { time: readAt })}</time>
      </dd>
    </dl>
  );

  if (readOnly) {
    return (
      <div className="tk-edit-person">
        <h3 className="tk-section-title">{t('review.heading')}</h3>
        {details}
        {outcome}
        <RequestedFieldsTable oldValueHead={t('table.oldValue')} newValueHead={t('table.newValue')}>
          <ReadOnlyFieldRows rows={rows} />
        </RequestedFieldsTable>
        <NotAllowed reasons={allWhy} />
      </div>
    );
  }

  return (
    <div className="tk-edit-person">
      <h3 className="tk-section-title">{t('review.heading')}</h3>
      {details}
      {outcome}

      {outOfSync && apply.refusal && (
        <div className="tk-notice tk-notice-warning" role="alert">
          <p>
            <span className="tk-strong">{t('outOfSync.label')} </span>
            {apply.refusal.message}
          </p>
          {syncButton}
        </div>
      )}

      <RequestedFieldsTable oldValueHead={t('table.oldValue')} newValueHead={t('table.newValue')} controlsHead={t('table.controls')}>
        {rows.map((requestedField) => (
          <RequestedFieldRow key={requestedField.field} requested={requestedField} editField={editField} dropField={dropField} why={rowsWhy} runAction={runAction} busy={working} />
        ))}
      </RequestedFieldsTable>
      <NotAllowed reasons={rowsWhy} />

      <AddFieldForm available={available} action={addField} runAction={runAction} busy={working} />

      {!outOfSync && (
        <div className="tk-form">
          <div className="tk-row">{syncButton}</div>
          <p id={`${id}-sync-help`} className="tk-muted">
            {t('sync.help')}
          </p>
        </div>
      )}
      <NotAllowed reasons={syncWhy} />
      <FormRefusal refusal={sync.refusal} />

      <h4 className="tk-subtitle">{t('apply.heading')}</h4>
      <div className="tk-form">
        <div className="tk-row">
          <ActionButton action={applyAsFix} run={apply} busy={working} pending={t('apply.pending')} primary why={applyWhy} describedBy={`${id}-fix-help`} onClick={() => void runApply(applyAsFix.key)} />
          <span id={`${id}-fix-help`} className="tk-muted">
            {t('apply.fixHelp')}
          </span>
        </div>
        <div className="tk-row">
          <ActionButton action={applyAsUpdate} run={apply} busy={working} pending={t('apply.pending')} primary why={applyWhy} describedBy={`${id}-update-help`} onClick={() => void runApply(applyAsUpdate.key)} />
          <span id={`${id}-update-help`} className="tk-muted">
            {t('apply.updateHelp')}
          </span>
        </div>
        <NotAllowed reasons={applyWhy} />
        <FormRefusal refusal={isOutOfSync(apply.refusal) ? null : apply.refusal} />
      </div>

      <h4 className="tk-subtitle">{t('reject.heading')}</h4>
      <RejectForm key={ticket.id} action={reject} run={rejecting} busy={working} what={t('reject.what')} help={t('reject.help')} />
    </div>
  );
}
