export * from './feedback.js';
export * from './provider-form.js';
