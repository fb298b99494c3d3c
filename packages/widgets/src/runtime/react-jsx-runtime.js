// JSX for playground modules (react/jsx-runtime), on the widgets' own runtime.
export * from 'react/jsx-runtime';
