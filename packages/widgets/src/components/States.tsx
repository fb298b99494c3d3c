import { errorInfo, isRetryable } from '../api/errors.js';
import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';

/** "Loading…", announced politely to screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="tk-muted tk-loading" role="status">
      {label}
    </p>
  );
}

/** What a failed read means for the reader, in words: the API's sentence, said in context where the code tells more. */
function useReadErrorMessage(error: unknown, what: string): string {
  const { t, locale } = useWidgetsMessages();
  const info = errorInfo(error);
  switch (info.code) {
    case 'NOT_FOUND':
      return t('state.notFound', { what });
    case 'UNAUTHORIZED':
      return t('state.signIn', { what: what.toLocaleLowerCase(locale), reason: info.message });
    case 'NETWORK':
      return t('state.unreachable');
    case 'BAD_REPLY':
      return t('state.badReply');
    default:
      return info.message;
  }
}

export interface ErrorMessageProps {
  error: unknown;
  /** What could not be loaded, e.g. "Ticket #12". */
  what: string;
  onRetry?(): void;
}

/** A failed read, with "Try again" only when trying again might help (not for a token the page must replace). */
export function ErrorMessage({ error, what, onRetry }: ErrorMessageProps) {
  const { t } = useWidgetsMessages();
  const message = useReadErrorMessage(error, what);
  return (
    <div className="tk-notice tk-notice-error" role="alert">
      <p>{message}</p>
      {onRetry && isRetryable(error) && (
        <button type="button" className="tk-button" part="button" onClick={onRetry}>
          {t('state.tryAgain')}
        </button>
      )}
    </div>
  );
}
