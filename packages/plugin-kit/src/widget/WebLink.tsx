import { useKitMessages } from './kit-messages.js';

/** The address as a link to follow, when it is a web page; anything else (`javascript:`, `data:`, `file:`) never is. */
export function webLinkHref(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * An address a person gave (a page, a proof), opened in a new tab when it is a web page. A type's
 * schema may have let other URLs in, or older rows hold them: those are shown as text, never linked.
 */
export function WebLink({ address }: { address: string }) {
  const { t } = useKitMessages();
  const href = webLinkHref(address);
  if (!href) return <span>{t('webLink.notLink', { address })}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {address}
    </a>
  );
}
