import type { Viewer } from '@tickets/domain';
import type { Context } from './context.js';

/** The context of a procedure behind `authedProcedure`: the viewer is known. */
export type AuthedContext = Context & { viewer: Viewer };
