// Issue 11, item 7: at 320 and 390 px, in English and Russian, nothing overflows
// horizontally in any state of the three elements and their dialogs; Replace
// secret leaves the input usable and Keep current secret inside the dialog; long
// radio and checkbox labels wrap beside their control; list rows wrap their
// details and the failure reason instead of cutting them with "…".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { InMemoryAdapter, createDemoData } from '../../src/adapter/index.js';
import '../../src/define/mail-account-list.js';
import '../../src/define/mail-provider-wizard.js';
import '../../src/define/provider-settings-form.js';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { horizontalOverflow, labelsBelowControls, switchLocale } from '../helpers/layout.js';
import { getByRole, queryByRole } from '../helpers/queries.js';
import { dialog, settled } from './account-list-helpers.js';
import { atStep, button, click, toCheckWithPassword, toCredentials, toProvider, type, wizardFixture } from './wizard-helpers.js';

type Host = HTMLElement & { locale?: string | undefined; updateComplete: Promise<boolean> };

const demo = createDemoData();
const M365 = demo.providers[0]!;

/** The demo data with a mailbox whose sign-in failed for a long reason, and a long address. */
function longData() {
  const data = createDemoData();
  data.accounts.push({
    ...data.accounts[1]!,
    id: 'mailbox-long',
    email: 'procurement.and.vendor.relations.team@contoso.onmicrosoft.com',
    displayName: 'Procurement and vendor relations team (shared)',
    status: 'needs-sign-in',
    statusReason: 'server-changed',
  });
  return data;
}

async function form(provider: typeof M365 | null = M365): Promise<ProviderSettingsForm> {
  const adapter = new InMemoryAdapter({ data: longData() });
  const el = await fixture<ProviderSettingsForm>(
    html`<provider-settings-form .adapter=${adapter} .provider=${provider} locale="en"></provider-settings-form>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('form[part="form"]:not([inert])'), 'form did not load');
  return el;
}

async function list(): Promise<MailAccountList> {
  const adapter = new InMemoryAdapter({ data: longData() });
  const el = await fixture<MailAccountList>(html`<mail-account-list .adapter=${adapter} locale="en"></mail-account-list>`);
  await settled(el);
  return el;
}

/** Opens one of the list's dialogs with `name` and waits for its content. */
async function listDialog(name: string, id: 'provider-dialog' | 'settings-dialog' | 'wizard-dialog' | 'confirm-dialog') {
  const el = await list();
  getByRole(el.shadowRoot!, 'button', name).click();
  const box = dialog(el.shadowRoot!, id);
  await waitUntil(() => box.open, `${id} did not open`);
  const nested = box.querySelector('provider-settings-form, mail-provider-wizard');
  if (nested) await waitUntil(() => nested.shadowRoot?.querySelector('form, [part="panel"]'), 'dialog content did not render');
  return el;
}

const states: Record<string, () => Promise<Host>> = {
  'wizard: email step with an error': async () => {
    const { el, root } = await wizardFixture();
    await click(el, button(root, 'Next'));
    return el;
  },
  'wizard: provider choice': async () => {
    const { el } = await wizardFixture();
    await toProvider(el, 'kim@newcorp.example');
    return el;
  },
  'wizard: embedded provider form': async () => {
    const { el, root } = await wizardFixture();
    await toProvider(el, 'kim@newcorp.example');
    await click(el, button(root, 'Add provider'));
    await atStep(el, 'provider-form');
    const nested = root.querySelector('provider-settings-form')!;
    await waitUntil(() => nested.shadowRoot?.querySelector('form[part="form"]:not([inert])'), 'the embedded form did not load');
    return el;
  },
  'wizard: credentials, Basic': async () => {
    const { el } = await wizardFixture();
    await toCredentials(el, 'pat@fabrikam.com');
    return el;
  },
  'wizard: credentials, OAuth 2.0': async () => {
    const { el } = await wizardFixture();
    await toCredentials(el, 'lynne.robbins@contoso.com');
    return el;
  },
  'wizard: failed check with diagnostics': async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'pa55word');
    adapter.failNextCheck('connection-refused');
    await click(el, button(root, 'Check connection'));
    await waitUntil(() => root.querySelector('[role="alert"], [role="note"]'), 'the check did not fail');
    return el;
  },
  'wizard: success, Done': async () => {
    const { el, root } = await wizardFixture();
    await toCheckWithPassword(el, 'pa55word');
    await click(el, button(root, 'Save'));
    await waitUntil(() => queryByRole(root, 'button', 'Done'), 'never saved');
    return el;
  },
  'form: new provider, IMAP/SMTP': async () => {
    const el = await form(null);
    await click(el, getByRole(el.shadowRoot!, 'radio', 'IMAP/SMTP'));
    return el;
  },
  'form: Microsoft 365 with advisor notes, OAuth helper, Replace secret': async () => {
    const el = await form();
    await click(el, getByRole(el.shadowRoot!, 'button', 'Replace secret'));
    return el;
  },
  'form: a normalised address with its note': async () => {
    const el = await form(null);
    await type(
      el,
      getByRole(el.shadowRoot!, 'textbox', 'Mail service address'),
      'https://Mail.Contoso-International-Holdings.example/EWS/Exchange.asmx',
    );
    return el;
  },
  'list: rows with the failure reason': list,
  'list: delete preview': () => listDialog('Delete Microsoft 365 (Contoso)', 'confirm-dialog'),
  'list: delete confirmation': () => listDialog('Delete procurement.and.vendor.relations.team@contoso.onmicrosoft.com', 'confirm-dialog'),
  'list: mailbox settings': () => listDialog('Edit procurement.and.vendor.relations.team@contoso.onmicrosoft.com', 'settings-dialog'),
  'list: connection check dialog': async () => {
    const el = await list();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="check"]')!.click();
    const box = dialog(el.shadowRoot!, 'check-dialog');
    await waitUntil(() => box.open && el.shadowRoot!.getElementById('list-check-outcome'), 'no connection check outcome');
    return el;
  },
  'list: provider dialog': () => listDialog('Edit Microsoft 365 (Contoso)', 'provider-dialog'),
  'list: wizard dialog': () => listDialog('Add', 'wizard-dialog'),
};

for (const width of [320, 390]) {
  describe(`layout at ${width} px (issue 11, item 7)`, () => {
    before(() => setViewport({ width, height: 844 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const [name, build] of Object.entries(states)) {
      for (const locale of ['en', 'ru']) {
        it(`${name} (${locale}): nothing overflows, labels stay beside their controls`, async () => {
          const el = await build();
          if (locale !== 'en') await switchLocale(el, locale);
          await el.updateComplete;
          expect(horizontalOverflow(el)).to.deep.equal([]);
          expect(labelsBelowControls(el)).to.deep.equal([]);
        });
      }
    }

    for (const locale of ['en', 'ru']) {
      it(`Replace secret keeps the input usable and Keep current secret inside the dialog (${locale})`, async () => {
        const el = await listDialog('Edit Microsoft 365 (Contoso)', 'provider-dialog');
        if (locale !== 'en') await switchLocale(el, locale);
        const box = dialog(el.shadowRoot!, 'provider-dialog');
        const nested = box.querySelector('provider-settings-form')!;
        const root = nested.shadowRoot!;
        getByRole(root, 'button', locale === 'en' ? 'Replace secret' : 'Заменить секрет').click();
        await waitUntil(() => root.querySelector('#client-secret'), 'no secret input');
        await nested.updateComplete;
        const input = root.querySelector<HTMLInputElement>('#client-secret')!;
        expect(input.getBoundingClientRect().width, 'the secret input is squeezed').to.be.at.least(160);
        const keep = getByRole(root, 'button', locale === 'en' ? 'Keep current secret' : 'Оставить текущий секрет');
        const boxRect = box.getBoundingClientRect();
        const keepRect = keep.getBoundingClientRect();
        expect(keepRect.left, 'Keep current secret sticks out on the left').to.be.at.least(boxRect.left);
        expect(keepRect.right, 'Keep current secret sticks out of the dialog').to.be.at.most(boxRect.right);
        expect(horizontalOverflow(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });
}
