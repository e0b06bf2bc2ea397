// Issue 10 in <provider-settings-form>: the OAuth help link renders only safe URLs (item 9).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import '../../src/define/provider-settings-form.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { en } from '../../src/i18n/en.js';
import { getByRole } from '../helpers/queries.js';
import { click, type } from '../helpers/interact.js';

const DEFAULT_LINK = 'https://learn.microsoft.com/';

async function helpLink(url: string): Promise<HTMLAnchorElement> {
  const form = await fixture<ProviderSettingsForm>(
    html`<provider-settings-form locale="en" .adapter=${new InMemoryAdapter()} oauth-help-url=${url}></provider-settings-form>`,
  );
  await waitUntil(() => form.shadowRoot!.querySelector('.registration a'), 'no registration link');
  return form.shadowRoot!.querySelector<HTMLAnchorElement>('.registration a')!;
}

describe('<provider-settings-form> OAuth help link (item 9)', () => {
  for (const url of [
    'javascript:alert(document.domain)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://help.contoso.com/',
    '//evil.example/x',
    'vbscript:x',
  ]) {
    it(`${url} is not rendered: the default help page is linked instead`, async () => {
      const link = await helpLink(url);
      expect(link.getAttribute('href')!.startsWith(DEFAULT_LINK)).to.equal(true);
      expect(link.protocol).to.equal('https:');
    });
  }

  for (const url of ['https://wiki.contoso.com/mail/oauth', 'http://localhost:8080/docs']) {
    it(`${url} is rendered as given`, async () => {
      expect((await helpLink(url)).getAttribute('href')).to.equal(url);
    });
  }
});

describe('<provider-settings-form> when the provider was changed elsewhere (item 3)', () => {
  it('says so, offers Reload, keeps what the user typed, and then saves over the latest version', async () => {
    const adapter = new InMemoryAdapter();
    const form = await fixture<ProviderSettingsForm>(
      html`<provider-settings-form locale="en" provider-id="exchange-fabrikam" .adapter=${adapter}></provider-settings-form>`,
    );
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form never loaded');
    const root = form.shadowRoot!;
    // Another administrator changes the service address meanwhile.
    const stored = (await adapter.listProviders()).find((p) => p.id === 'exchange-fabrikam')!;
    await adapter.saveProvider({ ...stored, serviceAddress: 'mail2.fabrikam.com', auth: { method: 'basic' } } as never);

    await type(form, getByRole(root, 'textbox', 'Name'), 'Fabrikam (my edit)');
    await click(form, getByRole(root, 'button', 'Apply'));
    await waitUntil(() => root.querySelector('#save-failure'), 'no conflict shown');
    const notice = root.querySelector('#save-failure')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain(en.common.staleVersion.title);
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('Fabrikam (my edit)');
    expect((await adapter.listProviders()).find((p) => p.id === 'exchange-fabrikam')!.name).to.equal('Fabrikam Exchange');
    await expect(form).to.be.accessible();

    await click(form, getByRole(root, 'button', en.common.reload));
    await waitUntil(
      () => getByRole<HTMLInputElement>(root, 'textbox', 'Mail service address').value === 'mail2.fabrikam.com',
      'the other change was not loaded',
    );
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('Fabrikam (my edit)');
    expect(root.querySelector('#save-failure')).to.equal(null);

    await click(form, getByRole(root, 'button', 'Apply'));
    await waitUntil(
      async () => (await adapter.listProviders()).some((p) => p.name === 'Fabrikam (my edit)'),
      'the save over the latest version did not go through',
    );
    const saved = (await adapter.listProviders()).find((p) => p.id === 'exchange-fabrikam')!;
    expect(saved.type === 'exchange' && saved.serviceAddress).to.equal('mail2.fabrikam.com');
    expect(saved.version).to.equal(3);
  });
});
