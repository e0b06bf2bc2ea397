import { css } from 'lit';

/**
 * An input with its buttons in one row (Show password, Keep current secret, Add
 * domain), for the wizard's and the form's styles: the buttons wrap below rather
 * than squeeze the input or leave the box on a narrow screen (issue 11, item 7).
 */
export const controlRowStyles = css`
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
