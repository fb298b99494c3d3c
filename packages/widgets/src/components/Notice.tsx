import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';

export interface NoticeProps {
  message: string;
  /** A change that went through (read out politely, in green) or one that did not (at once, as a warning). */
  tone?: 'success' | 'warning';
  onDismiss?(): void;
}

/** A message about the last change: refused or reloaded (a warning, read out at once), or done (a success). */
export function Notice({ message, tone = 'warning', onDismiss }: NoticeProps) {
  const { t } = useWidgetsMessages();
  return (
    <div className={`tk-notice tk-notice-${tone}`} role={tone === 'success' ? 'status' : 'alert'}>
      <p>{message}</p>
      {onDismiss && (
        <button type="button" className="tk-link-button" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
