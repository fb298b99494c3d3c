/** A ticket's title as the way to open it: a link to its page, else a button that says it was chosen. */
export function TicketLink({ id, title, ticketHref, onOpen }: { id: number; title: string; ticketHref?: ((id: number) => string) | undefined; onOpen?: ((id: number) => void) | undefined }) {
  if (ticketHref) return <a href={ticketHref(id)}>{title}</a>;
  if (onOpen)
    return (
      <button type="button" className="tk-link-button" onClick={() => onOpen(id)}>
        {title}
      </button>
    );
  return <>{title}</>;
}
