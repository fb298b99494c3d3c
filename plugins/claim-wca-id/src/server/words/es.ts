// The claim-wca-id type's words in Spanish: every key its definition gives in English (englishTypeWords). ICU MessageFormat.
import type { Messages } from '@tickets/plugin-kit/server';

export default {
  title: 'Reclamar un WCA ID',
  description: 'Vincula tu cuenta a tu perfil de competidor; lo confirma un Delegado que te conoce.',
  'action.approve.title': 'Aprobar la solicitud',
  'action.approve.description': 'Vincula la cuenta de quien la presentó al perfil reclamado y cierra la solicitud.',
  'action.reject.title': 'Rechazar la solicitud',
  'action.reject.description': 'Cierra la solicitud con el motivo, que leerá quien la presentó.',
  'action.handOver.title': 'Traspasar a otro Delegado',
  'action.handOver.description': 'Indica otro Delegado para la solicitud; después, traspásale tu asignación.',
  'status.Requested': 'Solicitado',
  'status.Approved': 'Aprobado',
  'status.Rejected': 'Rechazado',
  'status.Duplicate': 'Duplicado',
  'refusal.onlyNamedAssignee': 'Solo el Delegado al que está asignada esta solicitud ({names}) puede {doing}.',
  'refusal.onlyAssignee': 'Solo el Delegado al que está asignada esta solicitud puede {doing}.',
  'refusal.ownClaim': 'No puedes aprobar tu propia solicitud; traspásala a otro Delegado.',
  'doing.approve': 'aprobarla',
  'doing.reject': 'rechazarla',
  'doing.handOver': 'traspasarla',
  'doing.approveClaim': 'aprobar una solicitud de WCA ID',
  'change.delegateUserId': 'Delegado',
  'summary.approved': 'Vinculó la cuenta de {requester} al perfil {person} ({wcaId}).',
  'summary.rejected': 'Rechazó la solicitud del WCA ID {wcaId}.',
  'summary.handedOver': 'Traspasó la solicitud a {delegate}.',
} satisfies Messages;
