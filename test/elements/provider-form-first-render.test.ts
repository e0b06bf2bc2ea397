import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import '../../src/define/provider-settings-form.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { getByRole } from '../helpers/queries.js';

// Issue 15: the form's first render shows its fields, not "Loading…" then the fields.
describe('<provider-settings-form> first render', () => {
  it('shows a new provider’s fields on the first pass, inert and marked loading until the adapter answers', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo', latencyMs: 300 });
    const el = await fixture<ProviderSettingsForm>(html`<provider-settings-form locale="en" .adapter=${adapter}></provider-settings-form>`);
    const root = el.shadowRoot!;
    const form = root.querySelector<HTMLFormElement>('form[part="form"]')!;
    getByRole(root, 'textbox', 'Name');
    expect(form.inert).to.equal(true);
    expect(form.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector('.loading[role="status"]')!.textContent).to.contain('Loading…');
    await expect(el).to.be.accessible();

    await waitUntil(() => !form.inert, 'the form did not become editable');
    expect(form.getAttribute('aria-busy')).to.equal('false');
    expect(root.querySelector('.loading')).to.equal(null);
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').disabled).to.equal(false);
    getByRole(root, 'button', 'Apply');
    await expect(el).to.be.accessible();
  });

  it('keeps what the user could not yet type: nothing is focusable while it loads', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo', latencyMs: 300 });
    const el = await fixture<ProviderSettingsForm>(html`<provider-settings-form locale="en" .adapter=${adapter}></provider-settings-form>`);
    const name = getByRole<HTMLInputElement>(el.shadowRoot!, 'textbox', 'Name');
    name.focus();
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('waits for the answer before showing a provider loaded by id', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo', latencyMs: 300 });
    const el = await fixture<ProviderSettingsForm>(
      html`<provider-settings-form locale="en" provider-id="exchange-fabrikam" .adapter=${adapter}></provider-settings-form>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('form[part="form"]')).to.equal(null);
    expect(getByRole(root, 'status').textContent).to.contain('Loading…');
    await waitUntil(() => root.querySelector('form[part="form"]:not([inert])'), 'the provider did not load');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('Fabrikam Exchange');
    await expect(el).to.be.accessible();
  });
});
