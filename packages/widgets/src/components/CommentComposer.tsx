import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { SafeMarkdown } from '../markdown/SafeMarkdown.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';

export const MAX_COMMENT_LENGTH = 10_000;

export interface CommentComposerProps {
  /** Sends the comment; the text is cleared when it resolves and kept when it rejects. */
  onSubmit(body: string): Promise<unknown> | void;
  /** Whom the comment is written for ("WRT"): shown on the button, recorded with the comment. */
  onBehalfOf?: string | null;
  busy?: boolean;
  /** Called with true when the box gets text and false when it is empty again (sent, cleared, or the box goes away). */
  onWritingChange?(writing: boolean): void;
}

/** A Markdown comment box with a preview. Ctrl+Enter (⌘+Enter) sends. */
export function CommentComposer({ onSubmit, onBehalfOf, busy = false, onWritingChange }: CommentComposerProps) {
  const [body, setBody] = useState('');
  const { t } = useTicketMessages();
  const writing = body.trim() !== '';
  // The latest handler, without telling "writing" again each time the page renders a new one.
  const tellWriting = useRef(onWritingChange);
  useEffect(() => {
    tellWriting.current = onWritingChange;
  });
  useEffect(() => {
    if (!writing) return;
    tellWriting.current?.(true);
    return () => tellWriting.current?.(false);
  }, [writing]);
  const [preview, setPreview] = useState(false);
  const [sending, setSending] = useState(false);
  const id = useId();
  const trimmed = body.trim();
  const tooLong = body.length > MAX_COMMENT_LENGTH;
  const disabled = busy || sending || trimmed === '' || tooLong;

  const send = async () => {
    if (disabled) return;
    setSending(true);
    try {
      await onSubmit(body);
      setBody('');
      setPreview(false);
    } catch {
      // The page says what went wrong; the text stays so nothing written is lost.
    } finally {
      setSending(false);
    }
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form className="tk-form tk-composer" onSubmit={onFormSubmit} aria-label={t('composer.form')}>
      <div className="tk-row tk-composer-tabs">
        <label htmlFor={`${id}-body`} className="tk-strong">
          {t('composer.label')}
        </label>
        <button type="button" className="tk-link-button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {t('composer.preview')}
        </button>
      </div>
      {preview && (
        <div className="tk-preview" aria-label={t('composer.preview')} role="region">
          {trimmed ? (
            // Keyed by the text: after an edit the preview tries again; the text itself is never lost.
            <ErrorBoundary key={body} fallback={() => <p className="tk-error">{t('composer.previewFailed')}</p>}>
              <SafeMarkdown source={body} />
            </ErrorBoundary>
          ) : (
            <p className="tk-muted">{t('composer.nothingToPreview')}</p>
          )}
        </div>
      )}
      <textarea
        id={`${id}-body`}
        hidden={preview}
        value={body}
        rows={4}
        aria-describedby={`${id}-help`}
        aria-invalid={tooLong || undefined}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-help`} className={tooLong ? 'tk-error' : 'tk-muted'}>
        {tooLong ? t('composer.tooLong', { max: MAX_COMMENT_LENGTH, length: body.length }) : t('composer.help')}
      </p>
      <button type="submit" className="tk-button tk-primary" part="button primary-button" disabled={disabled} aria-busy={sending || undefined}>
        {sending ? t('composer.sending') : onBehalfOf ? t('composer.sendOnBehalf', { name: onBehalfOf }) : t('composer.send')}
      </button>
    </form>
  );
}
