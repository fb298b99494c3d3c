import type { Messages } from '@tickets/plugin-kit/server';
import type { AnswerKey } from './en.js';

const es: Messages<AnswerKey> = {
  internal: 'Algo salió mal por nuestra parte y no se cambió nada. Inténtalo de nuevo; si vuelve a pasar, avisa al equipo de software.',
  database_unavailable: 'Ahora mismo no se puede acceder a la base de datos de tickets; no se cambió nada. Inténtalo de nuevo en un momento.',
  'ticket.not_found': 'El ticket #{ticketId} no existe, o no eres uno de sus participantes.',
  'ticket.stale_version':
    'Otra persona cambió el ticket #{ticketId} desde que lo cargaste (tenías la versión {expectedVersion}, ahora está en la versión {currentVersion}). Vuelve a cargarlo e inténtalo de nuevo.',
  'stakeholder.search_not_allowed': 'No puedes añadir a nadie al ticket #{ticketId} ni traspasarlo, así que no hay a quién buscar.',
  'stakeholder.admin_join_forbidden': 'Solo los administradores del sitio pueden unirse a un ticket por su cuenta; pide a uno de sus participantes que te añada.',
  'stakeholder.already_active': '{name} ya participa activamente en este ticket; no hay nada que añadir.',
  'stakeholder.already_inactive': '{name} ya está inactivo en este ticket; no hay nada que cambiar.',
  'stakeholder.inactive': 'No se puede traspasar el ticket desde {name} porque ya no está activo en él; traspásalo desde un participante activo.',
  'stakeholder.hand_over_to_same': 'No se puede traspasar el ticket de {name} a sí mismo; elige a otra persona.',
  'stakeholder.last_assignee': 'No se puede desactivar a {name} porque es el único asignado activo de este ticket; traspasa el ticket a otra persona.',
  'ticket.already_closed': 'El ticket #{ticketId} ya está cerrado. Para dejar constancia de otro resultado, ponle otro estado cerrado.',
  'ticket.already_open': 'El ticket #{ticketId} ya está abierto. Para pasarlo a otro paso, cambia su estado.',
  'ticket.duplicate_of_itself': 'El ticket #{ticketId} no puede ser un duplicado de sí mismo; elige el ticket que repite.',
  'ticket.change_type_not_allowed': 'Solo las personas que trabajan en este ticket (sus participantes asignados) y los administradores del sitio pueden pasarlo a otro tipo.',
  'stakeholder.not_found': 'El participante #{stakeholderId} no es participante de este ticket; vuelve a cargar el ticket y elige uno de sus participantes.',
  'namespace.too_many_statuses': 'Un espacio de nombres puede tener como máximo {limit, plural, one {# estado} many {# de estados} other {# estados}}.',
  'namespace.too_many_lifecycles': 'Un espacio de nombres puede tener como máximo {limit, plural, one {# ciclo de vida} many {# de ciclos de vida} other {# ciclos de vida}}.',
  'status.not_found': 'El estado #{statusId} no existe en este espacio de nombres.',
  'status.system_copy_removed':
    'El estado #{statusId} es el estado definido por el sistema «{systemStatus}». Este espacio de nombres usa sus propios estados y ha quitado su copia de «{systemStatus}»; elige uno de los estados actuales del espacio de nombres.',
  'status.reorder_empty': 'Indica los estados que quieres reordenar.',
  'lifecycle.not_found': 'El ciclo de vida #{lifecycleId} no existe en este espacio de nombres.',
  'lifecycle.too_many_statuses': 'Un ciclo de vida puede tener como máximo {limit, plural, one {# estado} many {# de estados} other {# estados}}.',
  rate_limited: 'Demasiadas solicitudes de este tipo; inténtalo de nuevo en {retryAfterSeconds, plural, one {# segundo} many {# segundos} other {# segundos}}.',
};

export default es;
