import { expect, waitUntil } from '@open-wc/testing';
import { button, dialog, listFixture } from './account-list-helpers.js';

// This file imports only the list's define module: the wizard and the provider form
// must arrive when a dialog first needs them, not with the list.
describe('<mail-account-list> loads the wizard and the provider form on first use', () => {
  it('defines neither until a dialog opens, then each one on its first open', async () => {
    const { el, root } = await listFixture();
    expect(customElements.get('mail-provider-wizard')).to.equal(undefined);
    expect(customElements.get('provider-settings-form')).to.equal(undefined);
    await expect(el).to.be.accessible();

    button(root, 'Edit Fabrikam Exchange').click();
    const providerDialog = dialog(root, 'provider-dialog');
    await waitUntil(() => providerDialog.open, 'provider dialog did not open');
    expect(customElements.get('provider-settings-form')).to.not.equal(undefined);
    const form = providerDialog.querySelector('provider-settings-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('input#name'), 'the form did not render its fields');
    await expect(el).to.be.accessible();
    providerDialog.close();
    await el.updateComplete;

    button(root, 'Add').click();
    const wizardDialog = dialog(root, 'wizard-dialog');
    await waitUntil(() => wizardDialog.open, 'wizard dialog did not open');
    expect(customElements.get('mail-provider-wizard')).to.not.equal(undefined);
    const wizard = wizardDialog.querySelector('mail-provider-wizard')!;
    await waitUntil(() => wizard.shadowRoot?.querySelector('input#email'), 'the wizard did not render its first step');
    await expect(el).to.be.accessible();
  });
});
