// React's API for playground modules: Preact's compat layer in the embed build, the same instance the widgets render with.
export * from 'react';
export { default } from 'react';
