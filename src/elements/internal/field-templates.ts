import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** Styles of the templates below: an input and its button (Show, Copy…) share one row, the input taking the room. */
export const fieldStyles = css`
  /* An input with its buttons (Show password, Keep current secret, Add domain): on a narrow
     screen the buttons wrap below rather than squeeze the input or leave the box (issue 11, item 7). */
  .control-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpe-space);
    align-items: center;
  }

  .control-row > input {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

`;

/** The ids a control's `aria-describedby` lists: only those rendered. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length === 0 ? undefined : present.join(' ');
}

/**
 * The live region under a control. It is always rendered, so that an error that
 * appears in it is announced; it is empty when there is nothing to say.
 */
export function feedback(id: string, text: string | null): TemplateResult {
  return html`<div class="feedback" aria-live="polite">
    ${text === null ? nothing : html`<p part="error" class="error" id=${id}>${text}</p>`}
  </div>`;
}

export interface TextFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | null;
  readonly help?: string;
  readonly note?: string | null;
  /**
   * The note the field will show once left (a host name about to be normalised):
   * its room is kept while the value is typed, so that the note moves nothing
   * below it when it appears (issue 11, item 9).
   */
  readonly noteRoom?: string | null;
  readonly required?: boolean;
  readonly readonly?: boolean;
  readonly type?: 'text' | 'password' | 'number';
  readonly autocomplete?: 'off' | 'new-password' | 'current-password' | 'username' | 'email';
  readonly inputmode?: 'text' | 'numeric' | 'url' | 'email';
  readonly spellcheck?: boolean;
  readonly hiddenLabelPrefix?: string;
  readonly onInput: (value: string) => void;
  readonly onBlur?: () => void;
  readonly onKeydown?: (event: KeyboardEvent) => void;
  /** Rendered after the input, inside the same row (a toggle, an Add button). */
  readonly after?: TemplateResult;
  readonly className?: string;
}

/** A labelled native input with its help, note and error tied by `aria-describedby`. */
export function textField(o: TextFieldOptions): TemplateResult {
  const helpId = o.help ? `${o.id}-help` : undefined;
  const noteId = o.note ? `${o.id}-note` : undefined;
  const errorId = o.error !== null ? `${o.id}-error` : undefined;
  return html`<div part="field" class="field ${o.className ?? ''}">
    <label for=${o.id}
      >${o.hiddenLabelPrefix ? html`<span class="visually-hidden">${o.hiddenLabelPrefix} </span>` : nothing}${o.label}${
        o.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing
      }</label
    >
    <div class="control-row">
      <input
        part="input"
        id=${o.id}
        type=${o.type ?? 'text'}
        .value=${live(o.value)}
        ?required=${o.required ?? false}
        ?readonly=${o.readonly ?? false}
        aria-invalid=${o.error !== null ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(helpId, noteId, errorId))}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        spellcheck=${o.spellcheck === false ? 'false' : 'true'}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
        @blur=${() => o.onBlur?.()}
        @keydown=${(e: KeyboardEvent) => o.onKeydown?.(e)}
      />
      ${o.after ?? nothing}
    </div>
    ${o.help ? html`<p part="help" class="help" id=${`${o.id}-help`}>${o.help}</p>` : nothing}
    ${
      o.note || o.noteRoom
        ? html`<div class="note-room">
            <p class="note" aria-hidden="true" style="visibility: hidden">${o.note || o.noteRoom}</p>
            <p part="note" class="note" id=${`${o.id}-note`} role="status">${o.note}</p>
          </div>`
        : nothing
    }
    ${feedback(`${o.id}-error`, o.error)}
  </div>`;
}

export interface ChoiceOption<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly help?: string;
}

export interface RadioGroupOptions<V extends string> {
  readonly id: string;
  readonly legend: string;
  readonly name: string;
  readonly value: V;
  readonly options: readonly ChoiceOption<V>[];
  readonly disabled: boolean;
  readonly onChange: (value: V) => void;
  readonly describedBy?: string | undefined;
  readonly after?: TemplateResult | typeof nothing;
}

/** A `<fieldset>` of native radios: arrow keys move and choose, as users expect. */
export function radioGroup<V extends string>(o: RadioGroupOptions<V>): TemplateResult {
  return html`<fieldset part="group" class="group" id=${o.id} aria-describedby=${ifDefined(o.describedBy)}>
    <legend>${o.legend}</legend>
    <div class="choices">
      ${o.options.map(
        (option) => html`<div class="choice">
          <input
            type="radio"
            id=${`${o.id}-${option.value}`}
            name=${o.name}
            .value=${option.value as string}
            .checked=${live(option.value === o.value)}
            ?disabled=${o.disabled}
            aria-describedby=${ifDefined(option.help ? `${o.id}-${option.value}-help` : undefined)}
            @change=${() => o.onChange(option.value)}
          />
          <label for=${`${o.id}-${option.value}`}>${option.label}</label>
          ${option.help ? html`<p part="help" class="help choice-help" id=${`${o.id}-${option.value}-help`}>${option.help}</p>` : nothing}
        </div>`,
      )}
    </div>
    ${o.after ?? nothing}
  </fieldset>`;
}
