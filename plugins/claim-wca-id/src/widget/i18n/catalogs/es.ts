import type { ClaimCatalog } from '../messages.js';

export default {
  'claim.heading': 'Solicitud del WCA ID {wcaId}',
  'claim.label': 'La solicitud',
  'claim.wcaId': 'WCA ID',
  'claim.profile': '(perfil {personId})',
  'claim.claimedBy': 'Solicitado por',
  'claim.message': 'Su mensaje',
  'claim.noMessage': 'Sin mensaje.',
  'claim.delegate': 'Con el Delegado',
  'claim.rejection': 'Motivo del rechazo',
  'history.heading': 'Traspasos',
  'history.none': 'No se ha traspasado: sigue con el Delegado que indicó quien lo solicitó.',
  'decide.heading': 'Decidir',
  'reject.what': 'la solicitud',
  'reject.help': 'Quien lo solicitó leerá esto.',
  'people.named': '{name} (usuario {id})',
  'people.unnamed': 'Usuario {id}',
  'approve.question': '¿Vincular la cuenta de {requester} al perfil {wcaId}? El ticket se cierra como Aprobado y el vínculo no se puede deshacer desde aquí.',
  'approve.pending': 'Aprobando…',
  'approve.confirm': 'Sí, vincular la cuenta',
  'approve.cancel': 'Cancelar',
  'handOver.userId': 'Id de usuario del Delegado',
  'handOver.help':
    'El número que el directorio del sitio da al Delegado (todavía no se puede buscar por nombre: pídeselo). Debe ser miembro de Delegates, y no ser ni tú ni quien lo solicitó. La solicitud, y la decisión, pasan entonces a esa persona.',
  'handOver.badId': 'Indica el id de usuario del Delegado, un número entero como 6.',
  'handOver.pending': 'Traspasando…',
} satisfies ClaimCatalog;
