import { Connection, PrincipalKind, StakeholderRole } from '@tickets/domain';
import { z } from 'zod';
import { Id } from './inputs.js';

/** A principal to link a ticket to: a user, a group, or a kind a plugin registers. */
export const PrincipalInput = z.object({ kind: PrincipalKind, id: Id });

export const ConnectionInput = z.enum(Connection.options, `A connection is one of: ${Connection.options.join(', ')}.`);

export const RoleInput = z.enum(StakeholderRole.options, `A role is one of: ${StakeholderRole.options.join(', ')}.`);
