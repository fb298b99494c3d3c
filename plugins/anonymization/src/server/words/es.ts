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
} satisfies Messages;
