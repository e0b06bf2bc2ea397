import type { ErrorCode, MessageParams, NoteCode, WarningCode } from '../model/codes.js';
import type { AuthMethod, LoginFormat, SecurityMode, ServiceType } from '../model/provider.js';
import type { AccountStatus } from '../model/account.js';
import type { MailSetupErrorKind } from '../model/errors.js';
import type { LifecycleMessages } from './lifecycle-messages.js';

export type { LifecycleMessages } from './lifecycle-messages.js';

/*
 * The message catalogue's shape. Every locale is typed `Messages`, so a key added
 * here is a compile error in each locale until it is translated. Fixed text is a
 * string; text with values is a function of a named-parameter object, so word order
 * is the translator's choice. Add new keys to the section they belong to (or a new
 * section); keep sections shallow so elements read `t.form.name`.
 */

/** Text with values, e.g. `(p) => \`Delete ${p.address}\``. */
export type Interpolated<P> = (params: P) => string;

/** What failed, and what to do about it (B1). */
export interface Problem {
  /** One short sentence: what failed. */
  readonly title: string;
  /** What the user (or their administrator) can do. */
  readonly action: string;
}

/** Values a note may use: what was typed and what it became. */
export interface NoteParams {
  /**
   * What the user typed. Locales must not echo it: a pasted URL can carry
   * `user:password@`, which the model strips (B3).
   */
  readonly from: string;
  /** The canonical value the field now holds. */
  readonly to: string;
}

/** Words every element uses. */
export interface CommonMessages {
  /** What a finding says when its code is newer than this catalogue: one sentence per severity, never empty. */
  readonly genericIssue: { readonly error: string; readonly warning: string; readonly note: string };
  readonly next: string;
  readonly back: string;
  readonly cancel: string;
  readonly save: string;
  readonly apply: string;
  readonly add: string;
  readonly delete: string;
  readonly edit: string;
  readonly retry: string;
  /** A save refused because the record was changed elsewhere meanwhile (a stale version). */
  readonly staleVersion: Problem;
  /** Loads the latest version of a record changed elsewhere, keeping what the user typed. */
  readonly reload: string;
  /** Announced once the latest version is loaded. */
  readonly reloaded: string;
  /** For a `rate-limited` failure whose server said when: replaces the generic "wait a minute". */
  readonly retryAfter: Interpolated<{ seconds: number }>;
  readonly close: string;
  readonly loading: string;
  readonly saving: string;
  readonly showPassword: string;
  readonly hidePassword: string;
  /** Spoken/visible word for a required field's marker. */
  readonly required: string;
  /** Explains the `*` marker, once per form. */
  readonly requiredLegend: string;
  readonly optional: string;
  /** Shown by an element that has neither an `adapter` property nor a provided one. */
  readonly noAdapter: Problem;
  /** The form-level error summary announced on submit. */
  readonly errorSummary: Interpolated<{ count: number }>;
  readonly discardChanges: string;
  readonly discard: string;
  readonly keepEditing: string;
  /** The Add provider button (wizard and list). */
  readonly addProvider: string;
}

/** `<mail-provider-wizard>`. */
export interface WizardMessages {
  readonly title: string;
  readonly steps: { readonly email: string; readonly provider: string; readonly credentials: string; readonly check: string };
  readonly stepOf: Interpolated<{ current: number; total: number; name: string }>;
  readonly emailLabel: string;
  readonly emailHelp: string;
  readonly providerLabel: string;
  readonly providerRecognized: Interpolated<{ domain: string; name: string }>;
  readonly providerUnknown: Interpolated<{ domain: string }>;
  /** R1: an unknown domain for a user who cannot create providers. */
  readonly providerUnknownNoRights: Interpolated<{ domain: string }>;
  /** The search field above a long provider list (issue 11, item 12). */
  readonly findProvider: string;
  readonly noProviders: string;
  readonly chooseAnotherProvider: string;
  /** R6 tip for administrators. */
  readonly domainsTip: string;
  readonly loginLabel: string;
  readonly loginManualHelp: string;
  readonly passwordLabel: string;
  readonly signIn: string;
  readonly signInHelp: string;
  readonly signInWaiting: string;
  readonly signedInAs: Interpolated<{ address: string }>;
  readonly signInCancelled: string;
  readonly signInFailed: string;
  /** The adapter has no `signInWithOAuth`. */
  readonly signInUnavailable: string;
  readonly checkConnection: string;
  readonly checking: string;
  readonly connectionOk: string;
  readonly checkHint: string;
  /** The label of the step indicator. */
  readonly progress: string;
  /** Said after a step's name in the indicator once it is done. */
  readonly stepCompleted: string;
  readonly lookingUp: Interpolated<{ domain: string }>;
  readonly providerRequired: string;
  /** The embedded form saved a provider; the wizard chose it. */
  readonly providerAdded: Interpolated<{ name: string }>;
  /** R2, after the service's problem: `require-sync-service` is on. */
  readonly syncBlocksSave: string;
  /** R2, after the service's problem: `require-sync-service` is off. */
  readonly syncDoesNotBlock: string;
  readonly usingProvider: Interpolated<{ name: string }>;
  /** A read-only login, with the login format's label as `name`. */
  readonly loginDerivedHelp: Interpolated<{ name: string }>;
  readonly signInRequired: string;
  readonly cancelSignIn: string;
  readonly cancelCheck: string;
  readonly checkCancelled: string;
  /** Save refused with `conflict`: the address is already a mailbox. */
  readonly alreadyAdded: Problem;
  readonly addAnother: string;
  readonly saved: Interpolated<{ address: string }>;
}

/** `<provider-settings-form>`. */
export interface FormMessages {
  readonly titleNew: string;
  readonly titleEdit: Interpolated<{ name: string }>;
  readonly serviceType: string;
  readonly serviceTypes: Readonly<Record<ServiceType, string>>;
  readonly name: string;
  readonly nameHelp: string;
  readonly serviceAddress: string;
  readonly serviceAddressHelp: string;
  readonly domains: string;
  readonly domainsHelp: string;
  readonly domainLabel: Interpolated<{ index: number }>;
  readonly addDomain: string;
  readonly removeDomain: Interpolated<{ domain: string }>;
  readonly additionalSettings: string;
  readonly delivery: string;
  readonly loadEmails: string;
  readonly sendEmails: string;
  readonly deliveryHelp: string;
  readonly loginFormat: string;
  readonly loginFormats: Readonly<Record<LoginFormat, string>>;
  readonly loginFormatHelp: Readonly<Record<LoginFormat, string>>;
  /** The login the chosen format derives, e.g. `Login: example`. */
  readonly loginExample: Interpolated<{ login: string }>;
  readonly authMethod: string;
  readonly authMethods: Readonly<Record<AuthMethod, string>>;
  readonly authHelp: Readonly<Record<AuthMethod, string>>;
  readonly clientId: string;
  readonly clientIdHelp: string;
  readonly clientSecret: string;
  readonly clientSecretHelp: string;
  readonly secretSet: string;
  readonly replaceSecret: string;
  readonly keepSecret: string;
  readonly secretNeverShown: string;
  /** R13: OAuth for Microsoft 365 needs a registered application. */
  readonly oauthRegistration: string;
  readonly oauthRegistrationLink: string;
  /** Legend of the IMAP group. */
  readonly incomingGroup: string;
  /** Legend of the SMTP group. */
  readonly outgoingGroup: string;
  readonly incomingServer: string;
  readonly outgoingServer: string;
  readonly incomingHelp: string;
  readonly outgoingHelp: string;
  readonly port: string;
  readonly security: string;
  readonly securityModes: Readonly<Record<SecurityMode, string>>;
  readonly securityNoneHint: string;
  readonly saved: Interpolated<{ name: string }>;
}

/** `<mail-account-list>`. */
export interface ListMessages {
  readonly accountsTitle: string;
  readonly providersTitle: string;
  /** R3 entry points; the host's menus may reuse them. */
  readonly newAccount: string;
  readonly goToMailboxSettings: string;
  readonly deleteAccount: Interpolated<{ address: string }>;
  readonly editProvider: Interpolated<{ name: string }>;
  readonly deleteProvider: Interpolated<{ name: string }>;
  readonly loadingAccounts: string;
  readonly loadingProviders: string;
  readonly empty: string;
  readonly providersEmpty: string;
  readonly filter: string;
  readonly noMatches: Interpolated<{ query: string }>;
  readonly shownCount: Interpolated<{ shown: number; total: number }>;
  /** While the adapter has more pages: "Showing 20 of the first 500". */
  readonly shownOfLoaded: Interpolated<{ shown: number; loaded: number }>;
  /** After `shownOfLoaded`, while a further page loads. */
  readonly loadingMore: string;
  /** After `shownOfLoaded`, while no page loads: more come as the user scrolls. */
  readonly moreOnScroll: string;
  /** A further page of mailboxes failed (with the error's explanation and Retry). */
  readonly moreFailed: string;
  readonly statuses: Readonly<Record<AccountStatus, string>>;
  readonly isDefault: string;
  readonly isShared: string;
  readonly providerOf: Interpolated<{ name: string }>;
  readonly mailboxCount: Interpolated<{ count: number }>;
  readonly confirmDeleteAccount: Interpolated<{ address: string }>;
  readonly confirmDeleteProvider: Interpolated<{ name: string }>;
  /** R15, with the count of mailboxes that still use the provider. */
  readonly providerInUse: Interpolated<{ name: string; count: number }>;
  readonly accountDeleted: Interpolated<{ address: string }>;
  readonly providerDeleted: Interpolated<{ name: string }>;
  readonly editAccount: Interpolated<{ address: string }>;
  readonly filterHelp: string;
  readonly loginOf: Interpolated<{ login: string }>;
  /** What a mailbox does: loads and sends, loads only, sends only, neither. */
  readonly delivery: Readonly<Record<'both' | 'load' | 'send' | 'none', string>>;
  /** A mailbox whose provider is not in the loaded list. */
  readonly unknownProvider: string;
  readonly accountsFailed: string;
  readonly providersFailed: string;
  /** Says what failed when a Delete did not go through (shown with the reason and Retry). */
  readonly accountDeleteFailed: Interpolated<{ address: string }>;
  readonly providerDeleteFailed: Interpolated<{ name: string }>;
  /** `domain`: the provider's domains, comma-separated. */
  readonly domainsOf: Interpolated<{ domain: string }>;
  readonly noDomains: string;
  /** R15: which mailboxes use a provider. `address`: the first few, comma-separated; `count`: how many more. */
  readonly usedBy: Interpolated<{ address: string; count: number }>;
  readonly accountAdded: Interpolated<{ address: string }>;
  readonly accountUpdated: Interpolated<{ address: string }>;
  readonly settingsTitle: Interpolated<{ address: string }>;
  readonly displayName: string;
  readonly displayNameHelp: string;
  readonly loadThrough: string;
  readonly sendThrough: string;
  /** Why an option is missing: the mailbox's provider does not offer it. */
  readonly providerDoesNotLoad: Interpolated<{ name: string }>;
  readonly providerDoesNotSend: Interpolated<{ name: string }>;
  readonly defaultMailbox: string;
  readonly defaultMailboxHelp: string;
  readonly sharedMailbox: string;
  readonly sharedMailboxHelp: string;
  readonly loadFrom: string;
  readonly loadFromHelp: string;
  /** The mailbox's sign-in is missing or no longer matches its provider, so its settings cannot be saved. */
  readonly settingsBlocked: string;
}

/** R1: who may configure providers. */
export interface AccessMessages {
  /** Names the system operation and says what the user can still do. */
  readonly cannotManageProviders: string;
  /** While the right is being read: provider controls wait for it (R1 fails closed). */
  readonly checking: string;
  /** The right could not be read: no provider controls, and why (R1 fails closed). */
  readonly checkFailed: string;
}

/** R2: the Exchange Listener synchronisation service. */
export interface SyncServiceMessages {
  readonly checking: string;
  readonly ok: string;
  readonly notConfigured: Problem;
  readonly unreachable: Problem;
}

/**
 * Connection diagnostics and the OAuth application helper: the controls' names.
 * The longer texts (stage names, causes and fixes, the advisor's notes) are in the
 * lazily loaded diagnostics catalogue.
 */
export interface DiagnosticsUiMessages {
  readonly savedUnverified: Interpolated<{ address: string }>;
  readonly checkAccountTitle: Interpolated<{ address: string }>;
  readonly redirectUri: string;
  readonly redirectUriHelp: string;
  readonly copyRedirectUri: string;
  readonly redirectUriCopied: string;
  /** Before the list of API permissions the application needs. */
  readonly permissionsToGrant: string;
  readonly importSettings: string;
  readonly exportSettings: string;
  readonly importHelp: string;
  readonly imported: string;
  readonly exported: Interpolated<{ file: string }>;
  /** Export needs valid settings first. */
  readonly exportInvalid: string;
  /** The notes of Microsoft's dated protocol changes. */
  readonly advisories: string;
}

/** The whole catalogue one locale provides. */
export interface Messages {
  readonly common: CommonMessages;
  readonly wizard: WizardMessages;
  readonly form: FormMessages;
  readonly list: ListMessages;
  readonly access: AccessMessages;
  readonly syncService: SyncServiceMessages;
  readonly diagnostics: DiagnosticsUiMessages;
  /** After the first setup: re-authorising, impact previews, the wizard's finish. */
  readonly lifecycle: LifecycleMessages;
  /** Every model error code: what is wrong and how to fix it. Params may be missing. */
  readonly errors: Readonly<Record<ErrorCode, Interpolated<MessageParams>>>;
  readonly warnings: Readonly<Record<WarningCode, Interpolated<MessageParams>>>;
  readonly notes: Readonly<Record<NoteCode, Interpolated<NoteParams>>>;
  readonly adapterErrors: Readonly<Record<MailSetupErrorKind, Problem>>;
}
