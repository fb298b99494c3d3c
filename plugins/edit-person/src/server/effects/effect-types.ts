import type { ActionEffect } from '@tickets/plugin-kit/server';
import type { z } from 'zod';
import type { editPersonActions } from '../../actions.js';
import type { EditPersonStored } from '../../edit-person-stored.js';

type Actions = typeof editPersonActions;

/** The effect of one of the type's actions, with that action's parsed input. */
export type EditPersonEffect<K extends keyof Actions> = ActionEffect<EditPersonStored, z.output<Actions[K]['input']>>;
