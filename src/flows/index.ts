export * from './feedback.js';
export * from './provider-form.js';
export * from './wizard.js';
export * from './wizard-view.js';
export * from './wizard-effects.js';
export * from './account-list.js';
export * from './list-window.js';
export * from './mailbox-settings.js';
