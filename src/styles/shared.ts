import { css, unsafeCSS, type CSSResult } from 'lit';
import { tokens } from './tokens.js';

/*
 * Base styles every element shares, built only on the private `--_mpe-*`
 * variables from tokens.ts. Class vocabulary (use these before inventing one):
 *   .field          label + control + help/feedback, stacked
 *   .help           secondary text under a control
 *   .error / .note  a field's error (danger) / a note about a changed value
 *   .notice         a box: add .warning, .danger, .info or .success
 *   .success        success text (e.g. "Connection works")
 *   .required       the `*` marker beside a label (aria-hidden; `required` on the input speaks)
 *   .group          a fieldset of related controls; .choices / .choice for radios and checkboxes
 *   .actions        a row of buttons; `button.primary` is the main action, `button.danger` destructive
 *   .loading        a polite "Loading…" line
 *   .visually-hidden  text for screen readers only
 */
// lit-analyzer's CSS data predates accent-color (it reports an unknown property),
// so this one declaration lives outside a checked css`` template.
const accent = unsafeCSS(`input:where([type='checkbox'], [type='radio']) { accent-color: var(--_mpe-accent); }`);

const base = css`
  :host {
    display: block;
    font-family: var(--_mpe-font-family);
    font-size: var(--_mpe-font-size);
    line-height: 1.5;
    color: var(--_mpe-text);
    /* Names and addresses come from data: a 100-character name without spaces wraps rather than widening the layout. */
    overflow-wrap: anywhere;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_mpe-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  h1,
  h2,
  h3 {
    margin: 0 0 calc(var(--_mpe-space) * 2);
    line-height: 1.25;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_mpe-space) / 2);
    margin-block-end: calc(var(--_mpe-space) * 2);
  }

  label,
  legend {
    font-weight: 600;
  }

  .required {
    color: var(--_mpe-danger);
    margin-inline-start: 0.125em;
  }

  input:where([type='text'], [type='email'], [type='password'], [type='url'], [type='search'], [type='number'], [type='date'], :not([type])),
  select,
  textarea {
    min-block-size: var(--_mpe-control-height);
    inline-size: 100%;
    padding: 0 calc(var(--_mpe-space) * 1.5);
    font: inherit;
    color: var(--_mpe-text);
    background: var(--_mpe-surface);
    border: 1px solid var(--_mpe-border);
    border-radius: var(--_mpe-radius);
  }

  textarea {
    padding-block: var(--_mpe-space);
  }

  /* a thicker danger border, so invalid is not told by colour alone */
  [aria-invalid='true'] {
    border-color: var(--_mpe-danger);
    border-width: 2px;
  }

  input:where([type='checkbox'], [type='radio']) {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
  }

  .group {
    margin: 0 0 calc(var(--_mpe-space) * 2);
    padding: var(--_mpe-space) calc(var(--_mpe-space) * 2) calc(var(--_mpe-space) * 2);
    min-inline-size: 0;
    border: 1px solid var(--_mpe-border);
    border-radius: var(--_mpe-radius);
  }

  .group > legend {
    padding-inline: calc(var(--_mpe-space) / 2);
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_mpe-space);
  }

  .choice {
    display: flex;
    align-items: center;
    gap: var(--_mpe-space);
    min-block-size: 1.5rem;
    font-weight: normal;
  }

  /* A flex item never shrinks below its content unless told: let long labels wrap inside the row. */
  .choice > *,
  fieldset {
    min-inline-size: 0;
  }

  /* A long label stays beside its control and wraps there, instead of dropping below it. */
  .choice > label {
    flex: 1 1 0;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_mpe-space);
    min-block-size: var(--_mpe-control-height);
    padding: 0 calc(var(--_mpe-space) * 2);
    font: inherit;
    font-weight: 600;
    color: var(--_mpe-text);
    background: var(--_mpe-surface-raised);
    border: 1px solid var(--_mpe-border);
    border-radius: var(--_mpe-radius);
    cursor: pointer;
    /* A label breaks between words; within one only when nothing else fits. */
    overflow-wrap: break-word;
  }

  button.primary {
    color: var(--_mpe-on-accent);
    background: var(--_mpe-accent);
    border-color: var(--_mpe-accent);
  }

  button.danger {
    color: var(--_mpe-danger);
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpe-space);
    margin-block-start: calc(var(--_mpe-space) * 2);
  }

  .help,
  .note,
  .loading {
    margin: 0;
    color: var(--_mpe-text-muted);
    font-size: 0.875em;
  }

  .error {
    margin: 0;
    color: var(--_mpe-danger);
    font-size: 0.875em;
    font-weight: 600;
  }

  .success {
    color: var(--_mpe-success);
  }

  .notice {
    margin: 0 0 calc(var(--_mpe-space) * 2);
    padding: var(--_mpe-space) calc(var(--_mpe-space) * 1.5);
    color: var(--_mpe-text);
    background: var(--_mpe-surface-raised);
    border: 1px solid var(--_mpe-border);
    border-inline-start-width: 4px;
    border-radius: var(--_mpe-radius);
  }

  .notice.warning {
    background: var(--_mpe-warning-surface);
    border-color: var(--_mpe-warning);
  }

  .notice.danger {
    border-color: var(--_mpe-danger);
  }

  .notice.info {
    border-color: var(--_mpe-accent);
  }

  .notice.success {
    color: var(--_mpe-text);
    border-color: var(--_mpe-success);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  /* Windows high contrast: keep focus and state visible with system colours */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }

    [aria-invalid='true'] {
      border-color: Mark;
    }
  }

  ${accent}
`;

/** The element-independent base styles alone (tokens not included). */
export const baseStyles: CSSResult = base;

/**
 * Tokens plus base styles: the start of every element's `static styles`,
 * e.g. `static styles = [sharedStyles, css\`…\`]`.
 */
export const sharedStyles: CSSResult[] = [tokens, base];
