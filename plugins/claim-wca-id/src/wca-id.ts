import { z } from 'zod';

/** The shape of a WCA ID: the year of a first competition, four letters of the name, a number. */
export const WCA_ID_PATTERN = /^\d{4}[A-Z]{4}\d{2}$/;

/**
 * A WCA ID as people type it: surrounding spaces are dropped and letters upper-cased before the
 * shape is checked, since "2015smit02" is an obvious typing of "2015SMIT02".
 */
export const WcaId = z
  .string({ message: 'Enter your WCA ID, e.g. 2015SMIT02.' })
  .trim()
  .toUpperCase()
  .regex(WCA_ID_PATTERN, 'A WCA ID is 4 digits, 4 letters and 2 digits, e.g. 2015SMIT02.');
