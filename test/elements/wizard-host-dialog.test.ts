import { expect, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import '../../src/define/mail-provider-wizard.js';

describe('<mail-provider-wizard> in a host dialog', () => {
  it('gets the dialog’s initial focus on the Email address field, not on a heading', async () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', 'Add mail account');
    const wizard = document.createElement('mail-provider-wizard');
    wizard.locale = 'en';
    wizard.adapter = new InMemoryAdapter();
    dialog.append(wizard);
    document.body.append(dialog);
    try {
      await waitUntil(() => wizard.shadowRoot?.querySelector('#email'), 'the wizard did not render');
      dialog.showModal();
      const email = wizard.shadowRoot!.querySelector('#email');
      await waitUntil(() => wizard.shadowRoot!.activeElement === email, 'focus is not on Email address');
      // A host may also focus the wizard itself, with the same result.
      (document.activeElement as HTMLElement).blur();
      wizard.focus();
      expect(wizard.shadowRoot!.activeElement === email, 'focus').to.equal(true);
    } finally {
      dialog.remove();
    }
  });
});
