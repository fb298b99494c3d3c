// The claim-wca-id type's words in Polish: every key its definition gives in English (englishTypeWords). ICU MessageFormat.
import type { Messages } from '@tickets/plugin-kit/server';

export default {
  title: 'Złóż wniosek o WCA ID',
  description: 'Połącz swoje konto ze swoim profilem zawodnika; potwierdzi to Delegat, który cię zna.',
  'action.approve.title': 'Zatwierdź wniosek',
  'action.approve.description': 'Łączy konto wnioskodawcy ze wskazanym profilem i zamyka wniosek.',
  'action.reject.title': 'Odrzuć wniosek',
  'action.reject.description': 'Zamyka wniosek z powodem, który przeczyta wnioskodawca.',
  'action.handOver.title': 'Przekaż innemu Delegatowi',
  'action.handOver.description': 'Wskazuje innego Delegata dla wniosku; następnie przekaż mu swoje przypisanie.',
  'status.Requested': 'Złożone',
  'status.Approved': 'Zatwierdzone',
  'status.Rejected': 'Odrzucone',
  'status.Duplicate': 'Duplikat',
  'refusal.onlyNamedAssignee': 'Tylko Delegat, któremu przypisano ten wniosek ({names}), może {doing}.',
  'refusal.onlyAssignee': 'Tylko Delegat, któremu przypisano ten wniosek, może {doing}.',
  'refusal.ownClaim': 'Nie możesz zatwierdzić własnego wniosku; przekaż go innemu Delegatowi.',
  'doing.approve': 'go zatwierdzić',
  'doing.reject': 'go odrzucić',
  'doing.handOver': 'go przekazać',
  'doing.approveClaim': 'zatwierdzić wniosek o WCA ID',
  'change.delegateUserId': 'Delegat',
  'summary.approved': 'Połączono konto użytkownika {requester} z profilem {person} ({wcaId}).',
  'summary.rejected': 'Odrzucono wniosek o WCA ID {wcaId}.',
  'summary.handedOver': 'Przekazano wniosek Delegatowi {delegate}.',
} satisfies Messages;
