/**
 * The model: schemas, types and pure rules. No DOM, no Lit, no I/O — this entry
 * (`mail-provider-elements/model`) runs in Node, so a server validates with
 * exactly the rules the UI uses.
 */
export * from './codes.js';
export * from './host.js';
export * from './idna.js';
export * from './text-rules.js';
export * from './help-url.js';
export * from './email.js';
export * from './login.js';
export * from './provider.js';
export * from './account.js';
export * from './microsoft.js';
export * from './recognition.js';
export * from './field-errors.js';
export * from './provider-rules.js';
export * from './provider-draft.js';
export * from './account-rules.js';
export * from './connection-check-rules.js';
export * from './errors.js';
export * from './check-stages.js';
export * from './diagnosis.js';
export * from './protocol-advisor.js';
export * from './autoconfig.js';
export { XmlError, type XmlErrorCode } from './xml-lite.js';
export * from './account-attention.js';
export * from './reauthorize.js';
export * from './provider-impact.js';
export * from './service-defaults.js';
export * from './input-errors.js';
export * from './records.js';
export * from './vocabulary.js';
