import { errorInfo } from '../api/errors.js';
import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';

/** "Loading…", announced politely to screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="tk-muted tk-loading" role="status">
      {label}
    </p>
  );
}

/** What a failed read means for the reader, in words. */
export function readErrorMessage(error: unknown, what: string): string {
  const info = errorInfo(error);
  switch (info.code) {
    case 'NOT_FOUND':
      return `${what} does not exist, or you may not see it.`;
    case 'UNAUTHORIZED':
      return `You need to be signed in to see ${what.toLowerCase()}. ${info.message}`;
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

/** A failed read, with "Try again" when trying again might help. */
export function ErrorMessage({ error, what, onRetry }: ErrorMessageProps) {
  const code = errorInfo(error).code;
  const { t } = useWidgetsMessages();
  return (
    <div className="tk-notice tk-notice-error" role="alert">
      <p>{code === 'NOT_FOUND' ? t('state.notFound', { what }) : readErrorMessage(error, what)}</p>
      {onRetry && code !== 'NOT_FOUND' && (
        <button type="button" className="tk-button" part="button" onClick={onRetry}>
          {t('state.tryAgain')}
        </button>
      )}
    </div>
  );
}
