export * from './mail-event.js';
export * from './provider-events.js';
export * from './account-events.js';
export * from './wizard-events.js';
