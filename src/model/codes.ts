/**
 * Message codes. The model never produces English: every validation result is a
 * code (plus optional parameters) that the i18n layer turns into text. Keeping the
 * list in one place lets the type checker prove that every locale translates every
 * code.
 */
export const ERROR_CODES = [
  'required',
  'too-long',
  'email-invalid',
  'address-invalid',
  'address-spaces',
  'address-ip-literal',
  'address-empty-label',
  'address-label-too-long',
  'address-too-long',
  'address-needs-domain',
  'address-bad-characters',
  'port-invalid',
  'delivery-none',
  'login-required',
  'client-id-not-guid',
  'secret-required',
  'domain-invalid',
  'domain-duplicate',
  'domain-taken',
  'security-invalid',
  'date-invalid',
  'option-invalid',
  // Characters no name, address or login may hold (see text-rules.ts).
  'text-control-characters',
  'text-bidi-controls',
  'text-invisible-characters',
  'address-punycode-invalid',
] as const;

/** An error code: the value cannot be saved as it is. */
export type ErrorCode = (typeof ERROR_CODES)[number];

export const WARNING_CODES = ['basic-auth-deprecated', 'basic-auth-m365'] as const;

/** A warning code: worth saying, never blocks saving. */
export type WarningCode = (typeof WARNING_CODES)[number];

export const NOTE_CODES = ['address-url-stripped', 'address-idn-converted', 'address-normalized'] as const;

/** A note code: the input was changed for the user, and they should see how. */
export type NoteCode = (typeof NOTE_CODES)[number];

export type MessageCode = ErrorCode | WarningCode | NoteCode;

/** Parameters a message may interpolate (a provider name, a length limit, a host). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One finding about one field. */
export interface FieldIssue<C extends MessageCode = ErrorCode> {
  readonly code: C;
  readonly params?: MessageParams;
}

/**
 * Findings keyed by field path (`name`, `serviceAddress`, `incoming.port`,
 * `delivery`, `auth.clientId`, `domains`, `domains.2` …). One issue per field:
 * the first one found, which is the one worth fixing first.
 */
export type FieldErrors = Readonly<Record<string, FieldIssue>>;
export type FieldWarnings = Readonly<Record<string, FieldIssue<WarningCode>>>;
