import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { InMemoryAdapter, MailSetupError, type MailSetupErrorKind } from '../../src/adapter/index.js';
import '../../src/define/mail-account-list.js';
import '../../src/define/mail-provider-wizard.js';
import '../../src/define/provider-settings-form.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { describeError, en, formatIssue } from '../../src/i18n/index.js';
import { ru } from '../../src/i18n/ru.js';
import { click } from '../helpers/interact.js';
import { getByRole } from '../helpers/queries.js';
import { settled } from './account-list-helpers.js';
import { atStep, button, toCredentials } from './wizard-helpers.js';
import { type } from '../helpers/interact.js';

/** Kinds and codes a careless or newer adapter may send: typos, prototype names, nothing at all. */
const hostile = fc.oneof(
  fc.constantFrom('network', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', ' ', 'NOT-FOUND', 'valueOf'),
  fc.string({ maxLength: 20 }),
);

/** Collects unhandled rejections while `body` runs. */
async function noUnhandledRejection(body: () => Promise<void>): Promise<void> {
  const seen: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => seen.push(event.reason);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    // Let a stray rejection surface.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    window.removeEventListener('unhandledrejection', onRejection);
  }
  expect(seen, 'unhandled rejections').to.deep.equal([]);
}

/** The text of the element's alert(s), whitespace folded. */
function alerts(root: ShadowRoot): string {
  return [...root.querySelectorAll('[role="alert"]')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
}

describe('every unknown error kind and code has words (one path from error to text)', () => {
  it('describeError and formatIssue never return empty text and never throw, in en and ru', () => {
    for (const messages of [en, ru]) {
      fc.assert(
        fc.property(hostile, (kind) => {
          const byKind = describeError(messages, kind);
          const byError = describeError(messages, new MailSetupError(kind as MailSetupErrorKind));
          const byForeign = describeError(messages, { name: 'MailSetupError', kind, message: 'x' });
          for (const problem of [byKind, byError, byForeign]) {
            expect(problem.title.trim()).not.to.equal('');
            expect(problem.action.trim()).not.to.equal('');
          }
          for (const severity of ['error', 'warning', 'note'] as const) {
            expect(formatIssue(messages, { code: kind }, severity).trim()).not.to.equal('');
          }
        }),
        { numRuns: 300 },
      );
    }
  });

  it('a MailSetupError constructed with a kind outside the contract is `unknown`', () => {
    for (const kind of ['network', 'constructor', '__proto__', '']) {
      expect(new MailSetupError(kind as MailSetupErrorKind).kind).to.equal('unknown');
      expect(MailSetupError.from({ name: 'MailSetupError', kind, message: 'm' }).kind).to.equal('unknown');
    }
  });

  it('the provider form: a load rejected with any kind shows a message and Retry, never "Loading…" for ever', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (kind) => {
        await noUnhandledRejection(async () => {
          const adapter = new InMemoryAdapter({ data: 'demo' });
          adapter.injectFault('getPermissions', { type: 'reject', kind: kind as MailSetupErrorKind }, { times: 1 });
          const form = await fixture<ProviderSettingsForm>(html`<provider-settings-form locale="en" .adapter=${adapter}></provider-settings-form>`);
          await waitUntil(() => alerts(form.shadowRoot!) !== '', `no alert for kind ${JSON.stringify(kind)}`);
          expect(alerts(form.shadowRoot!)).to.contain(en.adapterErrors.unknown.title);
          await click(form, getByRole(form.shadowRoot!, 'button', 'Retry'));
          await waitUntil(() => form.shadowRoot!.querySelector('form'), 'Retry did not load the form');
        });
      }),
      { numRuns: 12 },
    );
  });

  it('the provider form: a save rejected as invalid with unknown field codes shows generic field words', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo' });
    const form = await fixture<ProviderSettingsForm>(
      html`<provider-settings-form locale="en" .adapter=${adapter} provider-id="exchange-fabrikam"></provider-settings-form>`,
    );
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form never loaded');
    await noUnhandledRejection(async () => {
      adapter.injectFault('saveProvider', {
        type: 'reject',
        kind: 'invalid',
        details: { fieldErrors: { name: { code: 'constructor' as never }, serviceAddress: { code: '__proto__' as never } } },
      });
      await click(form, getByRole(form.shadowRoot!, 'button', 'Apply'));
      await waitUntil(() => alerts(form.shadowRoot!) !== '', 'no alert after a refused save');
    });
    expect(alerts(form.shadowRoot!)).to.contain(en.adapterErrors.invalid.title);
    await expect(form).to.be.accessible();
  });

  it('the wizard: a lookup or a check rejected with any kind shows a non-empty reason', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (kind) => {
        await noUnhandledRejection(async () => {
          const adapter = new InMemoryAdapter({ data: 'demo' });
          adapter.injectFault('checkConnection', { type: 'reject', kind: kind as MailSetupErrorKind }, { times: 1 });
          const wizard = await fixture<HTMLElementTagNameMap['mail-provider-wizard']>(
            html`<mail-provider-wizard locale="en" .adapter=${adapter}></mail-provider-wizard>`,
          );
          await toCredentials(wizard, 'pat@fabrikam.com');
          await type(wizard, getByRole(wizard.shadowRoot!, 'password', 'Password'), 'Sup3r-secret!');
          await click(wizard, button(wizard.shadowRoot!, 'Next'));
          await atStep(wizard, 'check');
          await click(wizard, button(wizard.shadowRoot!, 'Check connection'));
          await waitUntil(() => wizard.shadowRoot!.querySelector('#check-outcome'), 'no check outcome');
          const text = wizard.shadowRoot!.querySelector('#check-outcome')!.textContent!.trim();
          expect(text).to.contain(en.adapterErrors.unknown.title);
        });
      }),
      { numRuns: 6 },
    );
  });

  it('the list: a load rejected with any kind shows a message with Retry', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (kind) => {
        await noUnhandledRejection(async () => {
          const adapter = new InMemoryAdapter({ data: 'demo' });
          adapter.injectFault('listAccountsPage', { type: 'reject', kind: kind as MailSetupErrorKind }, { times: 1 });
          const list = await fixture<HTMLElementTagNameMap['mail-account-list']>(
            html`<mail-account-list locale="en" .adapter=${adapter}></mail-account-list>`,
          );
          await settled(list);
          expect(alerts(list.shadowRoot!)).to.contain(en.adapterErrors.unknown.title);
          expect(getByRole(list.shadowRoot!, 'button', 'Retry')).to.exist;
        });
      }),
      { numRuns: 12 },
    );
  });
});

describe('a call that never answers stops after call-timeout, says so, and offers Retry', () => {
  it('the provider form', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo' });
    adapter.injectFault('listProviders', { type: 'hang' }, { times: 1 });
    const form = await fixture<ProviderSettingsForm>(
      html`<provider-settings-form locale="en" .adapter=${adapter} .callTimeout=${60}></provider-settings-form>`,
    );
    await waitUntil(() => alerts(form.shadowRoot!) !== '', 'the form waited for ever');
    expect(alerts(form.shadowRoot!)).to.contain(en.adapterErrors.timeout.title);
    await expect(form).to.be.accessible();
    await click(form, getByRole(form.shadowRoot!, 'button', 'Retry'));
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'Retry did not load the form');
  });

  it('the provider form: a hanging save stops, keeps what was typed, and Apply tries again', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo' });
    const form = await fixture<ProviderSettingsForm>(
      html`<provider-settings-form locale="en" .adapter=${adapter} provider-id="exchange-fabrikam" .callTimeout=${60}></provider-settings-form>`,
    );
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form never loaded');
    const name = getByRole<HTMLInputElement>(form.shadowRoot!, 'textbox', 'Name');
    await type(form, name, 'Fabrikam renamed');
    adapter.injectFault('saveProvider', { type: 'hang' }, { times: 1 });
    await click(form, getByRole(form.shadowRoot!, 'button', 'Apply'));
    await waitUntil(() => alerts(form.shadowRoot!).includes(en.adapterErrors.timeout.title), 'the save waited for ever');
    expect(getByRole<HTMLInputElement>(form.shadowRoot!, 'textbox', 'Name').value).to.equal('Fabrikam renamed');
    await click(form, getByRole(form.shadowRoot!, 'button', 'Apply'));
    await waitUntil(async () => (await adapter.listProviders()).some((p) => p.name === 'Fabrikam renamed'), 'the second Apply did not save');
  });
});
