import type { BugReportCatalog } from '../messages.js';

export default {
  'report.heading': 'Zgłoszenie błędu',
  'report.page': 'Strona',
  'report.whatHappens': 'Co się dzieje',
  'report.note': 'Notatka zespołu',
  'report.noNote': 'Nie ma jeszcze notatki.',
  'form.label': 'Potwierdź lub napraw błąd',
  'form.note': 'Notatka (opcjonalna)',
  'form.noteHelp': 'Zostaje przy zgłoszeniu i widzą ją wszyscy w zgłoszeniu, także zgłaszający.{hasNote, select, true { Zostaw puste pole, aby zachować obecną notatkę.} other {}}',
  'confirm.pending': 'Potwierdzanie…',
  'confirm.done': 'Potwierdzono błąd.',
  'markFixed.pending': 'Oznaczanie jako naprawiony…',
  'markFixed.done': 'Oznaczono błąd jako naprawiony.',
} satisfies BugReportCatalog;
