/**
 * mail-provider-elements — the main entry. Side-effect free: importing it
 * registers no custom element (import `mail-provider-elements/define/…` for that).
 */
export * from './model/index.js';
export * from './flows/index.js';
export * from './adapter/index.js';
export * from './i18n/index.js';
export * from './events/index.js';
export { tokens, tokenDefaults, TOKEN_NAMES, type TokenName } from './styles/tokens.js';
export { ProviderSettingsForm, DEFAULT_OAUTH_HELP_URL } from './elements/provider-settings-form/provider-settings-form.js';
export { MailProviderWizard, DEFAULT_CHECK_TIMEOUT_MS } from './elements/mail-provider-wizard/mail-provider-wizard.js';
export { MailAccountList } from './elements/mail-account-list/mail-account-list.js';
