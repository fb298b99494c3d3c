// The ticket page's words in English (every key; es and pl hold the same). ICU MessageFormat.
export default {
  'ticket.readOnly': 'You can read this ticket but not act on it.',
} as const;
