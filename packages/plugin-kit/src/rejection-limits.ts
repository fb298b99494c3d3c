// Zod-free, so a playground's bundle (`@tickets/plugin-kit/widget`) may import these values: the
// reject form in the browser and the `reject` action's input schema on the server check one rule.

/** The shortest reason a team may give when it rejects a request (after trimming). */
export const REJECTION_REASON_MIN_LENGTH = 3;

/** The longest reason a team may give when it rejects a request; every type's table keeps this many characters. */
export const REJECTION_REASON_MAX_LENGTH = 1000;
