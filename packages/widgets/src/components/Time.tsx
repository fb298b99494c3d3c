// The kit's, so the page and every playground show times alike.
export { Time } from '@tickets/plugin-kit/widget';
