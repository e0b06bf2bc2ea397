import {
  noteOnBlur,
  type FieldNote,
  type ProviderField,
  type ProviderFormAction,
  type ProviderFormState,
  type ProviderFormView,
} from '../../flows/provider-form.js';
import { formatIssue } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import type { FieldIssue } from '../../model/index.js';
import type { FormDiagnostics } from './form-diagnostics.js';

/** Everything the field templates need from the element. */
export interface FieldsContext {
  readonly t: Messages;
  readonly form: ProviderFormState;
  readonly view: ProviderFormView;
  readonly readOnly: boolean;
  readonly saving: boolean;
  readonly secretVisible: boolean;
  readonly oauthHelpUrl: string;
  readonly dispatch: (action: ProviderFormAction) => void;
  readonly toggleSecret: () => void;
  readonly diagnostics: FormDiagnostics;
}

export function error(c: FieldsContext, key: string): string | null {
  const issue: FieldIssue | undefined = c.view.errors[key];
  return issue ? formatIssue(c.t, issue) : null;
}

export function note(c: FieldsContext, field: ProviderField): { note: string | null; noteRoom: string | null } {
  const text = (n: FieldNote | null | undefined) => (n ? formatIssue(c.t, { code: n.code, params: { from: n.from, to: n.to } }, 'note') : null);
  return { note: text(c.form.notes[field]), noteRoom: text(noteOnBlur(c.form.draft, field)) };
}

export const blur = (c: FieldsContext, field: ProviderField) => () => c.dispatch({ type: 'blur', field });
