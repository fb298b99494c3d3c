// The bug report playground's words in English (every key; es and pl hold the same). ICU
// MessageFormat. What the reporter and the team wrote, and the actions' titles the API sends, stay as they are.
export default {
  'report.heading': 'Report',
  'report.page': 'Page',
  'report.whatHappens': 'What happens',
  'report.note': 'The team’s note',
  'report.noNote': 'No note yet.',
  'form.label': 'Confirm or fix the bug',
  'form.note': 'Note (optional)',
  'form.noteHelp': 'Kept with the report and shown to everyone on the ticket, the reporter too.{hasNote, select, true { Leave it empty to keep the current note.} other {}}',
  'confirm.pending': 'Confirming…',
  'confirm.done': 'Confirmed the bug.',
  'markFixed.pending': 'Marking as fixed…',
  'markFixed.done': 'Marked the bug as fixed.',
} as const;
