/**
 * The names the flows, the adapter contract and the message catalogue share.
 * Defined once here, so a catalogue can be checked against them and an unknown
 * value can be recognised (and given a generic message) wherever it turns up.
 */

/** The Exchange Listener's states (R2), as `SyncServiceStatus['state']` in the adapter contract. */
export const SYNC_STATES = ['ok', 'not-configured', 'unreachable'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/**
 * The steps of `<mail-provider-wizard>`. `provider-form` is the new-provider form
 * shown inside the provider step (R7); the indicator counts it as that step.
 */
export type WizardStep = 'email' | 'provider' | 'provider-form' | 'credentials' | 'check';

/** The steps the indicator shows, in order. */
export const WIZARD_STEPS = ['email', 'provider', 'credentials', 'check'] as const satisfies readonly WizardStep[];

/** Whether `value` is one of `list` (own entries only: `constructor`, `__proto__` are not members). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
