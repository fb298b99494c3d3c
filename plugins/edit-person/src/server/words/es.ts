// The edit-person type's words in Spanish: every key its definition gives in English (englishTypeWords). ICU MessageFormat.
import type { Messages } from '@tickets/plugin-kit/server';
import { byCount, type FieldForms, fieldSelect, listed, valueSelect, type ValueStyle } from '../../summary-words.js';

// What the log says the actions did is built from these (summary-words.ts): a field bare or with its
// article, a value in angle quotes.
const FIELD: FieldForms = { name: 'nombre', countryIso2: 'país', dateOfBirth: 'fecha de nacimiento', gender: 'género' };
const THE_FIELD: FieldForms = { name: 'el nombre', countryIso2: 'el país', dateOfBirth: 'la fecha de nacimiento', gender: 'el género' };
const THE_REQUESTED_FIELD: FieldForms = {
  name: 'el nombre solicitado',
  countryIso2: 'el país solicitado',
  dateOfBirth: 'la fecha de nacimiento solicitada',
  gender: 'el género solicitado',
};
const VALUE: ValueStyle = { open: '«', close: '»', unset: '(sin valor)' };
const CHANGES = byCount('count', (items) => listed(items, ' y '), (i) => `${fieldSelect(`field${i}`, FIELD)} de ${valueSelect(`from${i}`, VALUE)} a ${valueSelect(`to${i}`, VALUE)}`);
const ALREADY_THERE = byCount(
  'alreadyCount',
  (items) => (items.length === 1 ? ` El perfil ya tiene el valor solicitado para ${items[0]}.` : ` El perfil ya tiene los valores solicitados para ${listed(items, ' y ')}.`),
  (i) => fieldSelect(`already${i}`, THE_FIELD),
  '',
);

export default {
  title: 'Editar el perfil de un competidor',
  description: 'Una persona pide corregir su perfil (nombre, país, fecha de nacimiento, género); el equipo de resultados revisa el cambio y lo aplica.',
  'action.addField.title': 'Añadir un campo',
  'action.addField.description': 'Solicita cambiar un campo más; su valor actual se lee del perfil.',
  'action.editField.title': 'Editar un campo',
  'action.editField.description': 'Cambia el nuevo valor solicitado para un campo.',
  'action.dropField.title': 'Quitar un campo',
  'action.dropField.description': 'Deja un campo fuera del cambio.',
  'action.syncOldValues.title': 'Sincronizar los valores antiguos',
  'action.syncOldValues.description': 'Vuelve a leer los valores actuales del perfil, si cambió desde que se presentó la solicitud.',
  'action.applyAsFix.title': 'Aplicar como corrección',
  'action.applyAsFix.description': 'Corrige un error del perfil: los valores antiguos nunca fueron ciertos, así que no se guarda historial.',
  'action.applyAsUpdate.title': 'Aplicar como actualización',
  'action.applyAsUpdate.description': 'Registra un cambio real (p. ej., un nombre nuevo): los valores antiguos se guardan en el historial de la persona.',
  'action.reject.title': 'Rechazar',
  'action.reject.description': 'Rechaza el cambio, explicando por qué.',
  'action.withdraw.title': 'Retirar la solicitud',
  'action.withdraw.description': 'Quien la presentó ya no quiere el cambio.',
  'status.Requested': 'Solicitado',
  'status.Under review': 'En revisión',
  'status.Applied': 'Aplicado',
  'status.Rejected': 'Rechazado',
  'status.Duplicate': 'Duplicado',
  'refusal.onlyRequester': 'Solo quien hizo la petición puede {doing}.',
  'doing.addField': 'añadir un campo a un cambio de perfil',
  'doing.editField': 'editar un campo solicitado',
  'doing.dropField': 'quitar un campo solicitado',
  'doing.syncOldValues': 'sincronizar los valores antiguos',
  'doing.applyChange': 'aplicar un cambio',
  'doing.reject': 'rechazar un cambio',
  'doing.withdraw': 'retirar esta solicitud',
  'change.fields.name': 'nombre solicitado',
  'change.fields.name.newValue': 'nombre solicitado',
  'change.fields.name.oldValue': 'nombre anterior',
  'change.fields.countryIso2': 'país solicitado',
  'change.fields.countryIso2.newValue': 'país solicitado',
  'change.fields.countryIso2.oldValue': 'país anterior',
  'change.fields.dateOfBirth': 'fecha de nacimiento solicitada',
  'change.fields.dateOfBirth.newValue': 'fecha de nacimiento solicitada',
  'change.fields.dateOfBirth.oldValue': 'fecha de nacimiento anterior',
  'change.fields.gender': 'género solicitado',
  'change.fields.gender.newValue': 'género solicitado',
  'change.fields.gender.oldValue': 'género anterior',
  'change.profileVersion': 'versión del perfil',
  'change.rejectionReason': 'motivo del rechazo',
  'moveIn.field.label': 'Dato que cambiar',
  'moveIn.field.choice.name': 'Nombre',
  'moveIn.field.choice.countryIso2': 'País',
  'moveIn.field.choice.dateOfBirth': 'Fecha de nacimiento',
  'moveIn.field.choice.gender': 'Género',
  'moveIn.newValue.label': 'Valor nuevo',
  'moveIn.proofUrl.label': 'Enlace a la prueba',
  'moveIn.proofUrl.hint': 'Necesario para el nombre, el país o la fecha de nacimiento, salvo que lo mueva el equipo de resultados.',
  'summary.addedField': `Añadió a la solicitud el cambio de ${fieldSelect('field', FIELD)} de ${valueSelect('from', VALUE)} a ${valueSelect('to', VALUE)}.`,
  'summary.editedField': `Cambió ${fieldSelect('field', THE_REQUESTED_FIELD)} de ${valueSelect('from', VALUE)} a ${valueSelect('to', VALUE)}.`,
  'summary.droppedField': `Quitó ${fieldSelect('field', THE_FIELD)} de la solicitud.`,
  'summary.alreadyApplied': 'El perfil {wcaId} ya tenía todos los valores solicitados; no hubo que cambiar nada.',
  'summary.applied': `Aplicó el cambio al perfil {wcaId} como {mode, select, fix {corrección} other {actualización}}: ${CHANGES}.{mode, select, update { Los valores antiguos quedan en el historial de la persona.} other {}}`,
  'summary.alreadySynced': 'Los valores antiguos ya coincidían con el perfil; no cambió nada.',
  'summary.synced': `Sincronizó los valores antiguos con el perfil: ${CHANGES}.${ALREADY_THERE}`,
  'summary.profileChangedElsewhere': `El perfil cambió por otra vía, pero los campos solicitados siguen teniendo los valores antiguos.${ALREADY_THERE}`,
  'summary.rejected': 'Rechazó la solicitud: {reason}',
  'summary.withdrew': 'Retiró la solicitud.',
  'summary.withdrewWithReason': 'Retiró la solicitud: {reason}',
} satisfies Messages;
