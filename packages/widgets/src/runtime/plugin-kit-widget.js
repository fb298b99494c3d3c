// The plugin kit's widget half for playground modules: one copy on the page, shared with the widgets.
export * from '@tickets/plugin-kit/widget';
