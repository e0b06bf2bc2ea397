/**
 * Typed JSX for the elements (`mail-provider-elements/jsx`), for frameworks whose
 * TSX accepts custom elements: Preact, Solid, Vue TSX, Stencil… Each framework
 * names event props its own way, so the prefix is a parameter:
 *
 * ```ts
 * // Preact: <provider-settings-form onmail-provider-saved={…} />
 * declare module 'preact' {
 *   namespace JSX { interface IntrinsicElements extends MailElementsJSX<'on'> {} }
 * }
 * // Solid: <provider-settings-form on:mail-provider-saved={…} />
 * declare module 'solid-js' {
 *   namespace JSX { interface IntrinsicElements extends MailElementsJSX<'on:'> {} }
 * }
 * ```
 *
 * React users take `mail-provider-elements/react` instead.
 */
import type { MailAccountList } from './elements/mail-account-list/mail-account-list.js';
import type { MailProviderWizard } from './elements/mail-provider-wizard/mail-provider-wizard.js';
import type { ProviderSettingsForm } from './elements/provider-settings-form/provider-settings-form.js';

/** The events each element fires, by name. */
export interface MailElementEvents {
  'provider-settings-form': Pick<GlobalEventHandlersEventMap, 'mail-provider-saved' | 'mail-provider-form-cancelled'>;
  'mail-provider-wizard': Pick<
    GlobalEventHandlersEventMap,
    | 'mail-account-created'
    | 'mail-account-updated'
    | 'mail-wizard-cancelled'
    | 'mail-wizard-done'
    | 'mail-wizard-step-changed'
    | 'mail-provider-saved'
  >;
  'mail-account-list': Pick<
    GlobalEventHandlersEventMap,
    | 'mail-account-add'
    | 'mail-account-created'
    | 'mail-account-updated'
    | 'mail-account-delete'
    | 'mail-account-deleted'
    | 'mail-provider-delete'
    | 'mail-provider-deleted'
    | 'mail-provider-saved'
  >;
}

/** Properties (camelCase, any value) and attributes (kebab-case, strings and numbers). */
export interface MailElementProps {
  'provider-settings-form': Partial<
    Pick<ProviderSettingsForm, 'adapter' | 'provider' | 'providerId' | 'defaults' | 'locale' | 'oauthHelpUrl' | 'headingLevel'>
  > & {
    'provider-id'?: string;
    'oauth-help-url'?: string;
    'heading-level'?: number | string;
  };
  'mail-provider-wizard': Partial<
    Pick<MailProviderWizard, 'adapter' | 'email' | 'locale' | 'requireSyncService' | 'checkTimeout' | 'headingLevel'>
  > & {
    'require-sync-service'?: boolean | 'true' | 'false';
    'check-timeout'?: number | string;
    'heading-level'?: number | string;
  };
  'mail-account-list': Partial<Pick<MailAccountList, 'adapter' | 'locale' | 'headingLevel' | 'callTimeout'>> & {
    'heading-level'?: number | string;
    'call-timeout'?: number | string;
  };
}

/** Attributes every element takes. */
export interface CommonElementAttributes {
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  lang?: string;
  style?: string | Record<string, string | number>;
}

/** Event handler props named `${prefix}${event name}`. */
export type EventProps<Events, Prefix extends string> = {
  [K in keyof Events & string as `${Prefix}${K}`]?: (event: Events[K]) => void;
};

/** Intrinsic elements to merge into a framework's JSX namespace; `Prefix` is how it names event props. */
export type MailElementsJSX<Prefix extends string = 'on'> = {
  [Tag in keyof MailElementProps]: MailElementProps[Tag] & CommonElementAttributes & EventProps<MailElementEvents[Tag], Prefix>;
};
