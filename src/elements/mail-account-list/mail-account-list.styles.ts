import { css } from 'lit';
import { checkStagesStyles } from '../internal/check-stages.styles.js';

/** Layout of `<mail-account-list>`; colours and sizes come from the shared tokens. */
export const listStyles = css`
  ${checkStagesStyles}

  :host {
    --_gap: var(--mpe-list-gap, 1.5rem);
    --_row-height: var(--mpe-list-row-height, 5.5rem);
    --_max-height: var(--mpe-list-max-height, 30rem);
  }

  section + section,
  .access-note {
    margin-block-start: var(--_gap);
  }

  .section-header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpe-space);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_mpe-space);
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  .heading:focus {
    outline: none;
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_mpe-space) * 2);
    align-items: end;
    margin-block-end: var(--_mpe-space);
  }

  .filter .field {
    flex: 1 1 16rem;
    margin-block-end: 0;
  }

  .count {
    margin: 0;
    padding-block-end: var(--_mpe-space);
    color: var(--_mpe-text-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .viewport {
    position: relative;
    max-block-size: var(--_max-height);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_mpe-border);
    border-radius: var(--_mpe-radius);
  }

  .rows {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
    /* its size is set from the row count: rows coming and going never lay out the page around it */
    contain: strict;
  }

  .row {
    position: absolute;
    inset-inline: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_mpe-space);
    align-items: center;
    /* At least this tall; a row whose text wraps grows, and the window spaces all rows by the tallest in view. */
    min-block-size: var(--_row-height);
    padding: var(--_mpe-space) calc(var(--_mpe-space) * 1.5);
    /* a row's content is laid out on its own: rows coming and going never lay out their neighbours */
    contain: layout style;
  }

  /* separators between rows; the viewport's own border closes the first and last */
  .row:not([aria-posinset='1']) {
    border-block-start: 1px solid var(--_mpe-border);
  }

  .row:focus-within {
    background: var(--_mpe-surface-raised);
  }

  .cells {
    min-inline-size: 0;
  }

  /* Details and the failure reason wrap, never cut with "…" (issue 11, item 7). */
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_mpe-space);
    align-items: center;
  }

  .line > span {
    min-inline-size: 0;
  }

  .line.secondary,
  .line.reason {
    color: var(--_mpe-text-muted);
    font-size: 0.875em;
  }

  .line.reason {
    color: var(--_mpe-danger);
  }

  .title {
    font-weight: 600;
  }

  .separator {
    flex: none;
  }

  .badge {
    flex: none;
    padding: 0 var(--_mpe-space);
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.5;
    border: 1px solid currentColor;
    border-radius: 999px;
  }

  .badge.connected {
    color: var(--_mpe-success);
  }

  .badge.needs-sign-in {
    color: var(--_mpe-warning);
  }

  .badge.error {
    color: var(--_mpe-danger);
  }

  .badge.plain {
    color: var(--_mpe-text-muted);
  }

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpe-space);
  }

  .row-actions button {
    min-block-size: 2.25rem;
    padding-inline: calc(var(--_mpe-space) * 1.5);
  }

  .empty {
    padding: calc(var(--_mpe-space) * 2);
    border: 1px dashed var(--_mpe-border);
    border-radius: var(--_mpe-radius);
  }

  .empty p {
    margin: 0;
  }

  .notice .actions {
    margin-block-start: var(--_mpe-space);
  }

  .notice[tabindex='-1']:focus {
    outline: 2px solid var(--_mpe-focus);
  }

  dialog {
    inline-size: min(var(--mpe-list-dialog-width, 44rem), calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: calc(var(--_mpe-space) * 3);
    color: var(--_mpe-text);
    background: var(--_mpe-surface);
    border: 1px solid var(--_mpe-border);
    border-radius: var(--_mpe-radius);
  }

  /* a dialog holds focus itself only until its content has loaded */
  dialog:focus {
    outline: none;
  }

  dialog.confirm {
    inline-size: min(28rem, calc(100vw - 2rem));
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  dialog p {
    margin-block-start: 0;
  }

  .impact-list {
    margin-block-start: 0;
    padding-inline-start: 1.25rem;
  }

  .dialog-heading {
    margin: 0 0 calc(var(--_mpe-space) * 2);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .feedback:empty {
    display: none;
  }

  .date-field input {
    inline-size: auto;
    min-inline-size: 12rem;
  }

  .choice-help {
    margin-inline-start: calc(1.125rem + var(--_mpe-space));
  }

  @media (max-width: 36rem) {
    :host {
      --_row-height: var(--mpe-list-row-height, 8rem);
    }

    .row {
      grid-template-columns: minmax(0, 1fr);
      align-content: center;
    }

    .row-actions button {
      min-block-size: 2rem;
    }
  }
`;
