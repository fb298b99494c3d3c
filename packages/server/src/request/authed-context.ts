import type { Viewer } from '@tickets/domain';
import type { RequestContext } from './request-context.js';

/** A request whose user is known (signed in through tRPC, or named by an intake key's host site). */
export type AuthedContext = RequestContext & { viewer: Viewer };
