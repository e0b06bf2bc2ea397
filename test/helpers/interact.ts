/** An element whose renders can be awaited (any LitElement). */
export type Updating = HTMLElement & { readonly updateComplete: Promise<boolean> };

/** Types into a text field as a user would: input events, then leaving it. */
export async function type(el: Updating, control: HTMLElement, text: string, leave = true): Promise<void> {
  const input = control as HTMLInputElement;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (leave) input.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

/** Clicks a control and waits for the render it causes and the one that follows. */
export async function click(el: Updating, control: HTMLElement): Promise<void> {
  control.click();
  await el.updateComplete;
  await el.updateComplete;
}
