// react-dom for playground modules (portals, flushSync), on the widgets' own runtime.
export * from 'react-dom';
export { default } from 'react-dom';
