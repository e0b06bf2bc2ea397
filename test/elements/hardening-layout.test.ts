// Issue 10, item 12: a valid 100-character provider name without spaces wraps
// instead of stretching the layout — in the wizard's provider list, the in-use
// preview of the account list, and the provider form's heading — at 390 and 1280 px.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { InMemoryAdapter, createDemoData } from '../../src/adapter/index.js';
import '../../src/define/mail-account-list.js';
import '../../src/define/mail-provider-wizard.js';
import '../../src/define/provider-settings-form.js';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import type { MailProviderWizard } from '../../src/elements/mail-provider-wizard/mail-provider-wizard.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { MAX_NAME_LENGTH } from '../../src/model/index.js';
import { getByRole } from '../helpers/queries.js';
import { settled } from './account-list-helpers.js';
import { toProvider } from './wizard-helpers.js';

const LONG_NAME = `Contoso${'Mail'.repeat(30)}`.slice(0, MAX_NAME_LENGTH);

function longNameData() {
  const data = createDemoData();
  data.providers = data.providers.map((p) => (p.id === 'm365-contoso' ? { ...p, name: LONG_NAME } : p));
  return data;
}

/** The element fits the viewport: nothing inside is wider than the element itself. */
function expectNoOverflow(host: HTMLElement, what: string): void {
  const width = host.getBoundingClientRect().width;
  expect(width, `${what}: host width`).to.be.at.most(window.innerWidth + 0.5);
  for (const node of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.right, `${what}: <${node.localName} ${node.id ? `#${node.id}` : node.className}> sticks out`).to.be.at.most(
      host.getBoundingClientRect().right + 1,
    );
  }
}

for (const width of [390, 1280]) {
  describe(`a 100-character provider name without spaces at ${width} px (item 12)`, () => {
    before(async () => {
      expect(LONG_NAME).to.have.length(MAX_NAME_LENGTH);
      await setViewport({ width, height: 900 });
    });

    it("wraps in the wizard's provider list", async () => {
      const adapter = new InMemoryAdapter({ data: longNameData() });
      const el = await fixture<MailProviderWizard>(
        html`<mail-provider-wizard locale="en" .adapter=${adapter} style="display:block"></mail-provider-wizard>`,
      );
      await toProvider(el, 'pat@unknown-domain.example');
      await waitUntil(() => el.shadowRoot!.textContent!.includes(LONG_NAME), 'no long name shown');
      expectNoOverflow(el, 'wizard');
    });

    it("wraps in the account list's in-use preview", async () => {
      const adapter = new InMemoryAdapter({ data: longNameData() });
      const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" .adapter=${adapter} style="display:block"></mail-account-list>`);
      await settled(el);
      getByRole(el.shadowRoot!, 'button', `Delete ${LONG_NAME}`).click();
      await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('#confirm-dialog')!.open, 'no in-use preview');
      expectNoOverflow(el, 'list');
    });

    it("wraps in the provider form's heading", async () => {
      const adapter = new InMemoryAdapter({ data: longNameData() });
      const el = await fixture<ProviderSettingsForm>(
        html`<provider-settings-form locale="en" provider-id="m365-contoso" .adapter=${adapter} style="display:block"></provider-settings-form>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form never loaded');
      expect(el.shadowRoot!.querySelector('#heading')!.textContent).to.contain(LONG_NAME);
      expectNoOverflow(el, 'form');
    });
  });
}
