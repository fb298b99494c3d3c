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
  rate_limited: 'Demasiadas solicitudes de este tipo; inténtalo de nuevo en {retryAfterSeconds, plural, one {# segundo} many {# segundos} other {# segundos}}.',
};

export default es;
