// The isomorphic half of the 'competition-result' type: what a submission holds, its statuses,
// its posting steps and who may do each. Safe in the browser (no server code, no React).
export * from './competition-result-request.js';
export * from './competition-result-stored.js';
export * from './lifecycle.js';
export * from './posting-steps.js';
export { competitionResultActions } from './actions.js';
export { competitionResultTicketType as ticketType } from './ticket-type.js';
export { competitionResultTicketType as default } from './ticket-type.js';
