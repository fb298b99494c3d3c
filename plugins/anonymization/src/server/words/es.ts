// The 'anonymization' type's words in Spanish: every key its definition gives in English (englishTypeWords).
import type { Messages } from '@tickets/plugin-kit/server';

export default {
  title: 'Anonimizar una cuenta',
  description: 'Una persona pide que se la olvide: solo su cuenta, o su cuenta y su perfil de competidor.',
  'action.anonymize.title': 'Anonimizar',
  'action.anonymize.description':
    'Sustituye los datos personales de la cuenta (y, con el alcance «cuenta y perfil», los del perfil de competidor) como muestra la vista previa. Se puede ejecutar dos veces sin riesgo.',
  'action.refreshPreview.title': 'Actualizar la vista previa',
  'action.refreshPreview.description': 'Vuelve a leer el directorio y guarda lo que anonimizar sustituiría ahora.',
  'action.reject.title': 'Rechazar la solicitud',
  'status.Requested': 'Solicitado',
  'status.Anonymized': 'Anonimizado',
  'status.Rejected': 'Rechazado',
  'status.Duplicate': 'Duplicado',
  'doing.anonymize': 'anonimizar una cuenta',
  'doing.refreshPreview': 'actualizar la vista previa de una anonimización',
  'doing.reject': 'rechazar una solicitud de anonimización',
  'change.preview': 'vista previa',
  'scope.account': 'solo la cuenta',
  'scope.account_and_profile': 'la cuenta y el perfil',
  'refusal.notYourAccount':
    'Solo puedes pedir que se anonimice tu propia cuenta; solo los miembros de WRT y los administradores del sitio pueden presentar una solicitud para otra persona. No indiques userId.',
  'refusal.unknownUser': 'No existe el usuario n.º {userId} en el directorio.',
  'refusal.noProfile':
    "{account, select, own {Tu cuenta no está vinculada} other {La cuenta del usuario n.º {userId} no está vinculada}} a ningún perfil de competidor; elige 'account' para anonimizar solo la cuenta.",
  'refusal.nothingToDo': 'El usuario n.º {userId} ya está anonimizado en este alcance; no queda nada por anonimizar.',
  'refusal.userMissing': 'El usuario n.º {userId} ya no está en el directorio; no hay nada que anonimizar, así que rechaza esta solicitud.',
  'refusal.profileLinkChanged':
    'La cuenta del usuario n.º {userId} {now, select, none {ya no está vinculada a ningún perfil de competidor} other {está vinculada ahora a la persona n.º {now}}}, pero la vista previa se tomó cuando {was, select, none {no estaba vinculada a ningún perfil de competidor} other {estaba vinculada a la persona n.º {was}}}; ejecuta «Actualizar la vista previa», revísala y después anonimiza.',
  'invalid.chooseScope':
    "Elige qué anonimizar: 'account' (solo la cuenta) o 'account_and_profile' (la cuenta y el perfil de competidor).",
  'invalid.giveUserId': 'Indica el id del usuario que se va a anonimizar, o no lo indiques para anonimizar tu propia cuenta.',
  'invalid.userIdWhole': 'El id de un usuario es un número entero.',
  'invalid.userIdPositive': 'El id de un usuario es un número positivo.',
  'invalid.userIdTooLarge': 'No existe ese usuario: el id es demasiado grande.',
  'invalid.reasonTooLong': 'Un motivo puede tener como máximo 1000 caracteres.',
  'summary.anonymizedAccount':
    'Anonimizó la cuenta del usuario n.º {userId}.{profile, select, unlinked { El usuario n.º {userId} no está vinculado a ningún perfil de competidor, así que no se anonimizó ningún perfil.} other {}}',
  'summary.accountAlreadyAnonymized':
    'No cambió nada: la cuenta del usuario n.º {userId} ya estaba anonimizada.{profile, select, unlinked { El usuario n.º {userId} no está vinculado a ningún perfil de competidor, así que no se anonimizó ningún perfil.} other {}}',
  'summary.anonymizedAccountAndProfile':
    'Anonimizó la cuenta del usuario n.º {userId} y el perfil de competidor de la persona n.º {personId}{history, plural, =0 {} one { (borrando su única entrada del historial)} many { (borrando sus # de entradas del historial)} other { (borrando sus # entradas del historial)}}.',
  'summary.anonymizedAccountProfileAlready':
    'Anonimizó la cuenta del usuario n.º {userId}. El perfil de competidor de la persona n.º {personId} ya estaba anonimizado.',
  'summary.anonymizedProfileAccountAlready':
    'Anonimizó el perfil de competidor de la persona n.º {personId}{history, plural, =0 {} one { (borrando su única entrada del historial)} many { (borrando sus # de entradas del historial)} other { (borrando sus # entradas del historial)}}. La cuenta del usuario n.º {userId} ya estaba anonimizada.',
  'summary.accountAndProfileAlreadyAnonymized':
    'No cambió nada: la cuenta del usuario n.º {userId} y el perfil de competidor de la persona n.º {personId} ya estaban anonimizados.',
  'summary.previewUnchanged':
    'Volvió a leer el directorio; la vista previa no ha cambiado.{profile, select, unlinked { El usuario n.º {userId} ya no está vinculado a ningún perfil de competidor, así que anonimizar sustituirá solo la cuenta.} other {}}',
  'summary.previewChanged':
    'Volvió a leer el directorio; la vista previa cambió y ahora lista: {fields}.{profile, select, unlinked { El usuario n.º {userId} ya no está vinculado a ningún perfil de competidor, así que anonimizar sustituirá solo la cuenta.} other {}}',
  'summary.previewEmptied':
    'Volvió a leer el directorio; la vista previa cambió y ya no queda nada por anonimizar.{profile, select, unlinked { El usuario n.º {userId} ya no está vinculado a ningún perfil de competidor, así que anonimizar sustituirá solo la cuenta.} other {}}',
  'summary.rejected': 'Rechazó la solicitud de anonimizar al usuario n.º {userId} ({scope}).',
} satisfies Messages;
