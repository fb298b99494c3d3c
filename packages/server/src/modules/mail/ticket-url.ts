import type { AppServices } from '../../request/app-services.js';

/** Where people read a ticket on the host site: TICKET_URL_TEMPLATE, else `<public URL>/tickets/{id}`. */
export function ticketUrl(services: Pick<AppServices, 'config' | 'publicUrl'>, ticketId: number): string {
  const { config } = services;
  const base = (config.PUBLIC_URL ?? services.publicUrl ?? `http://${config.HOST}:${config.PORT}`).replace(/\/+$/, '');
  return (config.TICKET_URL_TEMPLATE ?? `${base}/tickets/{id}`).replaceAll('{id}', String(ticketId));
}
