// The kit's own sentences of its permission checks, in English (every key; es and pl hold the same). ICU MessageFormat.
export default {
  'kit.closed': 'Ticket #{id} is closed; reopen it first.',
  'kit.onlyGroup': 'Only members of {group} can {doing}.',
  'kit.status.To do': 'To do',
  'kit.status.In progress': 'In progress',
  'kit.status.Done': 'Done',
  "kit.status.Won't do": "Won't do",
  'kit.status.Duplicate': 'Duplicate',
} as const;
