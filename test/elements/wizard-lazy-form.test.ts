import { expect, waitUntil } from '@open-wc/testing';
import { atStep, button, click, toProvider, wizardFixture } from './wizard-helpers.js';

// This file imports only the wizard's define module: the embedded provider form
// arrives on the way to it, not with the wizard.
describe('<mail-provider-wizard> loads the embedded provider form on the way to it', () => {
  it('defines no form on the email step, then loads it at the provider step, ready for Add provider', async () => {
    const { el, root } = await wizardFixture();
    expect(customElements.get('provider-settings-form')).to.equal(undefined);
    await toProvider(el, 'kim@newcorp.example');
    await waitUntil(() => customElements.get('provider-settings-form'), 'the form was not loaded at the provider step');
    await click(el, button(root, 'Add provider'));
    await atStep(el, 'provider-form');
    const form = root.querySelector('provider-settings-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('form[part="form"]:not([inert])'), 'the embedded form did not load');
    await expect(el).to.be.accessible();
  });
});
