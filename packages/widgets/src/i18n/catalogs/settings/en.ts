// The status settings' words in English (every key; es and pl hold the same). ICU MessageFormat.
export default {
  'settings.heading': 'Statuses',
} as const;
