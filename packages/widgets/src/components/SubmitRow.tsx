import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';

export interface SubmitRowProps {
  /** The submit button's words. */
  label: string;
  /** Its words while the form is on its way (default: the same). */
  sendingLabel?: string;
  sending: boolean;
  /** Greyed out for another reason too, e.g. nothing that can be sent yet. */
  disabled?: boolean;
  /** A change that cannot be undone: the button says so in red. */
  danger?: boolean;
  onCancel(): void;
}

/** The row that ends a form opened on demand: its submit button, greyed out while it is sent, then Cancel. */
export function SubmitRow({ label, sendingLabel = label, sending, disabled = false, danger = false, onCancel }: SubmitRowProps) {
  const { t } = useWidgetsMessages();
  return (
    <div className="tk-row">
      <button type="submit" className={`tk-button ${danger ? 'tk-danger' : 'tk-primary'}`} part={danger ? 'button danger-button' : 'button primary-button'} disabled={disabled || sending}>
        {sending ? sendingLabel : label}
      </button>
      <button type="button" className="tk-button" part="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
