import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';

export interface NoticeProps {
  message: string;
  onDismiss?(): void;
}

/** A message about the last change (refused, reloaded…), read out at once. */
export function Notice({ message, onDismiss }: NoticeProps) {
  const { t } = useWidgetsMessages();
  return (
    <div className="tk-notice tk-notice-warning" role="alert">
      <p>{message}</p>
      {onDismiss && (
        <button type="button" className="tk-link-button" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
