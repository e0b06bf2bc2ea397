import type { AccountStatusReason, ReauthorizeAction } from '../model/account-attention.js';
import type { MailboxEffect } from '../model/provider-impact.js';
import type { OAuthHelp } from '../model/service-defaults.js';

/** Text with values (kept local so this file needs nothing from messages.ts, which imports it). */
type Text<P> = (params: P) => string;

/**
 * The life of a mailbox after its first setup: why a row needs attention,
 * re-authorising in place, what a provider change does to its mailboxes, and the
 * wizard's finish.
 */
export interface LifecycleMessages {
  /** Why a mailbox needs attention: one true sentence per status reason. */
  readonly reasons: Readonly<Record<AccountStatusReason, string>>;
  /** The row buttons that re-authorise (visible text; the accessible name adds the address). */
  readonly actions: Readonly<Record<ReauthorizeAction, string>>;
  /** The row buttons' accessible names. */
  readonly actionNames: Readonly<Record<ReauthorizeAction, Text<{ address: string }>>>;
  /** What to press, after the reason. */
  readonly actionHints: Readonly<Record<ReauthorizeAction, string>>;
  /** The wizard's heading in re-authorise mode. */
  readonly reauthorizeTitle: Readonly<Record<ReauthorizeAction, Text<{ address: string }>>>;
  /** The wizard's Save in re-authorise mode. */
  readonly reauthorizeSave: string;
  /** Announced when a mailbox is connected again. */
  readonly reauthorized: Text<{ address: string }>;
  /** Step 1, when the typed address is already added. */
  readonly alreadyAdded: Text<{ address: string }>;
  /** The button that switches to re-authorising that mailbox. */
  readonly reauthorizeExisting: Readonly<Record<ReauthorizeAction, string>>;
  /** The wizard's last button. */
  readonly done: string;
  /** The impact preview dialog. */
  readonly impact: {
    readonly changeTitle: Text<{ name: string }>;
    readonly changeIntro: Text<{ count: number }>;
    readonly listLabel: string;
    readonly effects: Readonly<Record<MailboxEffect, Text<{ login: string }>>>;
  };
  /** The provider form's OAuth 2.0 help, by service family. */
  readonly oauthHelp: Readonly<Record<OAuthHelp, string>>;
  /** R2, for a user who cannot set up the service: what to ask for. */
  readonly syncNotConfiguredUser: string;
  /** A connection check refused for lack of permission, for a user adding their own mailbox. */
  readonly checkForbiddenUser: string;
}
