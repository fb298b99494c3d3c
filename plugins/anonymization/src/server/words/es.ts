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
