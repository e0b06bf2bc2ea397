// The baselines the elements are measured against: a hand-written vanilla DOM form
// built from the same field list the element rendered (labels, types, help texts),
// and @lit-labs/virtualizer for long lists.
import { html, render } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';

const BASE_CSS = `
  .v-form { max-inline-size: 42rem; font: 1rem/1.5 system-ui, sans-serif; }
  .v-form h2 { font-size: 1.25em; margin: 0 0 1rem; }
  .v-form .field { display: grid; gap: 0.25rem; margin-block-end: 1rem; }
  .v-form fieldset { margin: 0 0 1rem; padding: 0; border: 0; }
  .v-form .choice { display: flex; gap: 0.5rem; align-items: center; }
  .v-form input[type=text], .v-form input[type=email], .v-form input[type=url], .v-form input[type=password], .v-form input:not([type]) { font: inherit; padding: 0.5rem; border: 1px solid #767676; border-radius: 4px; }
  .v-form .help { margin: 0; color: #555; font-size: 0.875em; }
  .v-form .error { margin: 0; color: #b00020; }
  .v-form .actions { display: flex; gap: 0.5rem; }
  .v-list { block-size: 600px; overflow: auto; font: 1rem/1.5 system-ui, sans-serif; }
  .v-row { display: grid; grid-template-columns: 1fr auto; block-size: 64px; box-sizing: border-box; padding: 0.5rem; border-block-end: 1px solid #ddd; inline-size: 100%; }
`;

let styled = false;
function ensureStyles() {
  if (styled) return;
  const style = document.createElement('style');
  style.textContent = BASE_CSS;
  document.head.append(style);
  styled = true;
}

/**
 * The control list of a rendered element's form, read once (untimed) so the vanilla
 * form has the same fields: headings, grouped choices, text inputs, buttons.
 */
export function fieldSpec(root) {
  const spec = [];
  const heading = root.querySelector('h1, h2, h3');
  if (heading) spec.push({ kind: 'heading', text: heading.textContent.trim() });
  const seenGroups = new Set();
  for (const control of root.querySelectorAll('input, select, textarea, button')) {
    const group = control.closest('fieldset');
    if (group && (control.type === 'radio' || control.type === 'checkbox')) {
      if (seenGroups.has(group)) continue;
      seenGroups.add(group);
      spec.push({
        kind: 'group',
        legend: group.querySelector('legend')?.textContent.trim() ?? '',
        options: [...group.querySelectorAll('input')].map((input) => ({ type: input.type, label: input.labels?.[0]?.textContent.trim() ?? '' })),
      });
    } else if (control.tagName === 'BUTTON') {
      spec.push({ kind: 'button', text: control.textContent.trim() });
    } else {
      const help = control
        .getAttribute('aria-describedby')
        ?.split(' ')
        .map((id) => root.getElementById?.(id)?.textContent.trim())
        .filter(Boolean)
        .join(' ');
      spec.push({ kind: 'field', type: control.type, label: control.labels?.[0]?.textContent.trim() ?? '', help, required: control.required });
    }
  }
  return spec;
}

/** Builds the vanilla form for a spec with createElement, as a hand-written page would. */
export function vanillaForm(spec, onInput) {
  ensureStyles();
  const form = document.createElement('form');
  form.className = 'v-form';
  form.noValidate = true;
  let n = 0;
  const actions = document.createElement('div');
  actions.className = 'actions';
  for (const item of spec) {
    if (item.kind === 'heading') {
      const h = document.createElement('h2');
      h.textContent = item.text;
      form.append(h);
    } else if (item.kind === 'group') {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = item.legend;
      fieldset.append(legend);
      for (const option of item.options) {
        const label = document.createElement('label');
        label.className = 'choice';
        const input = document.createElement('input');
        input.type = option.type;
        input.name = `g${n}`;
        label.append(input, option.label);
        fieldset.append(label);
      }
      n++;
      form.append(fieldset);
    } else if (item.kind === 'field') {
      const div = document.createElement('div');
      div.className = 'field';
      const id = `v-field-${n++}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = item.label;
      const input = document.createElement('input');
      input.id = id;
      input.type = item.type;
      input.required = item.required;
      if (onInput) input.addEventListener('input', onInput);
      div.append(label, input);
      if (item.help) {
        const help = document.createElement('p');
        help.className = 'help';
        help.id = `${id}-help`;
        help.textContent = item.help;
        input.setAttribute('aria-describedby', help.id);
        div.append(help);
      }
      form.append(div);
    } else {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = item.text;
      actions.append(button);
    }
  }
  form.append(actions);
  return form;
}

/** A virtualized list (the baseline for long lists): rows of two lines each. */
export function virtualList(container, items, row) {
  ensureStyles();
  container.classList.add('v-list');
  render(html`${virtualize({ items, renderItem: row })}`, container);
}

export const mailboxRow = (providerNames) => (account) =>
  html`<div class="v-row"><div><strong>${account.displayName}</strong><br />${account.email}</div><div>${providerNames.get(account.providerId)} · ${account.status}</div></div>`;

export const providerRadio = (provider) =>
  html`<label class="v-row"><span><input type="radio" name="provider" value=${provider.id} /> ${provider.name}</span><span>${provider.type}</span></label>`;
