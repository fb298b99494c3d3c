// What a plugin's playground stories and tests feed its views, free of vitest and Storybook so both
// use it: scenes built from the type's own definition, refusals as `runAction` rejects, the frame
// the ticket page puts a view in, and the whole page for a role. Never imported by the `./widget` code.
export * from './action-failure.js';
export * from './playground-scene.js';
export * from './playground-story.js';
export * from './reason-verdicts.js';
export * from './team-scene.js';
export * from './ticket-page.js';
export * from './pseudo-locale.js';
export * from '../../testing/catalog-problems.js';
