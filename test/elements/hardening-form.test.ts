// Issue 10 in <provider-settings-form>: the OAuth help link renders only safe URLs (item 9).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import '../../src/define/provider-settings-form.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';

const DEFAULT_LINK = 'https://learn.microsoft.com/';

async function helpLink(url: string): Promise<HTMLAnchorElement> {
  const form = await fixture<ProviderSettingsForm>(
    html`<provider-settings-form locale="en" .adapter=${new InMemoryAdapter()} oauth-help-url=${url}></provider-settings-form>`,
  );
  await waitUntil(() => form.shadowRoot!.querySelector('.registration a'), 'no registration link');
  return form.shadowRoot!.querySelector<HTMLAnchorElement>('.registration a')!;
}

describe('<provider-settings-form> OAuth help link (item 9)', () => {
  for (const url of ['javascript:alert(document.domain)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://help.contoso.com/', '//evil.example/x', 'vbscript:x']) {
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
