import { z } from 'zod';
import { INVALID } from './claim-invalid.js';

/** The shape of a WCA ID: the year of a first competition, four letters of the name, a number. */
export const WCA_ID_PATTERN = /^\d{4}[A-Z]{4}\d{2}$/;

/**
 * A WCA ID as people type it: surrounding spaces are dropped and letters upper-cased before the
 * shape is checked, since "2015smit02" is an obvious typing of "2015SMIT02".
 */
export const WcaId = z
  .string({ message: INVALID.wcaIdMissing })
  .trim()
  .toUpperCase()
  .regex(WCA_ID_PATTERN, INVALID.wcaIdFormat);
