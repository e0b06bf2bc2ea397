import { expect, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import type { MailProvider } from '../../src/model/index.js';
import { getByRole, queryByRole } from '../helpers/queries.js';
import { click, formFixture, type } from './form-helpers.js';

async function stored(id: string): Promise<MailProvider> {
  return (await new InMemoryAdapter().listProviders()).find((provider) => provider.id === id)!;
}

function noteText(root: ShadowRoot, code: string): string | undefined {
  return root.getElementById(`advisory-${code}`)?.textContent?.replace(/\s+/g, ' ').trim();
}

function stubClipboard(): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
  });
  return {
    written,
    restore: () => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

const statusSays = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('[role="status"]')].some((region) => region.textContent!.includes(text));

describe('<provider-settings-form> diagnostics (issue 12)', () => {
  describe('protocol advisor notes', () => {
    it('warns about EWS on Microsoft 365, naming 1 April 2027, on the host’s day', async () => {
      const { el, root } = await formFixture({}, { provider: await stored('m365-contoso') });
      el.clock = () => new Date('2026-12-01T09:00:00Z');
      await waitUntil(() => noteText(root, 'ews-blocked-in-phases'), 'no EWS note');
      expect(noteText(root, 'ews-blocked-in-phases')).to.contain('1 April 2027').and.contain('IMAP/SMTP with OAuth 2.0');
      await expect(el).to.be.accessible();
      el.clock = () => new Date('2026-09-30T09:00:00Z');
      await el.updateComplete;
      expect(noteText(root, 'ews-blocked-in-phases')).to.equal(undefined);
      el.clock = () => new Date('2027-04-01T09:00:00Z');
      await el.updateComplete;
      expect(noteText(root, 'ews-off')).to.contain('1 April 2027');
    });

    it('dates SMTP with Basic on Microsoft 365 instead of saying it is already off', async () => {
      const { el, root } = await formFixture();
      el.clock = () => new Date('2026-12-01T09:00:00Z');
      await click(el, getByRole(root, 'radio', 'IMAP/SMTP'));
      await click(el, getByRole(root, 'radio', 'Basic'));
      await type(el, getByRole(root, 'textbox', 'Outgoing server'), 'smtp.office365.com');
      await waitUntil(() => noteText(root, 'smtp-basic-m365-ending'), 'no SMTP note');
      expect(noteText(root, 'smtp-basic-m365-ending')).to.contain('31 December 2026').and.contain('still works');
      expect(root.textContent).to.not.contain('has turned Basic authentication off');
      await expect(el).to.be.accessible();
    });

    it('says nothing for on-premises Exchange, and speaks Russian', async () => {
      const { el, root } = await formFixture({}, { provider: await stored('exchange-fabrikam'), locale: 'ru' });
      el.clock = () => new Date('2027-05-01T09:00:00Z');
      await el.updateComplete;
      expect(root.querySelector('[data-advisory]')).to.equal(null);
      el.provider = await stored('m365-contoso');
      await waitUntil(() => noteText(root, 'ews-off')?.includes('1 апреля 2027 года'), 'no Russian note');
    });
  });

  describe('OAuth application helper (R13)', () => {
    it('shows the host’s redirect URI read-only with Copy redirect URI, and the permissions to grant', async () => {
      const { el, root } = await formFixture({}, { provider: await stored('m365-contoso') });
      expect(queryByRole(root, 'textbox', 'Redirect URI')).to.equal(null);
      el.redirectUri = 'https://crm.contoso.com/oauth/callback';
      await el.updateComplete;
      const field = getByRole<HTMLInputElement>(root, 'textbox', 'Redirect URI');
      expect(field.readOnly).to.equal(true);
      expect(field.value).to.equal('https://crm.contoso.com/oauth/callback');
      expect(root.querySelector('.permissions')!.textContent).to.contain('EWS.AccessAsUser.All').and.contain('offline_access');
      const clipboard = stubClipboard();
      try {
        await click(el, getByRole(root, 'button', 'Copy redirect URI'));
        await waitUntil(() => clipboard.written.length === 1, 'nothing copied');
      } finally {
        clipboard.restore();
      }
      expect(clipboard.written).to.deep.equal(['https://crm.contoso.com/oauth/callback']);
      await waitUntil(() => statusSays(root, 'Redirect URI copied.'), 'not announced');
      await expect(el).to.be.accessible();
    });

    it('lists IMAP.AccessAsUser.All and SMTP.Send for IMAP/SMTP on Microsoft 365', async () => {
      const { el, root } = await formFixture();
      await click(el, getByRole(root, 'radio', 'IMAP/SMTP'));
      await type(el, getByRole(root, 'textbox', 'Incoming server'), 'outlook.office365.com');
      await type(el, getByRole(root, 'textbox', 'Outgoing server'), 'smtp.office365.com');
      const text = root.querySelector('.permissions')!.textContent!;
      expect(text).to.contain('IMAP.AccessAsUser.All').and.contain('SMTP.Send').and.contain('offline_access').and.not.contain('EWS');
    });
  });

  describe('autoconfig import and export', () => {
    const autoconfig = `<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="example-isp.net">
      <domain>example-isp.net</domain><displayName>Example ISP</displayName>
      <incomingServer type="imap"><hostname>imap.example-isp.net</hostname><port>993</port><socketType>SSL</socketType>
        <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></incomingServer>
      <outgoingServer type="smtp"><hostname>smtp.example-isp.net</hostname><port>465</port><socketType>SSL</socketType>
        <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></outgoingServer>
    </emailProvider></clientConfig>`;

    function chooseFile(root: ShadowRoot, name: string, text: string): void {
      const input = root.querySelector<HTMLInputElement>('#import-file')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/xml' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    }

    it('imports a Thunderbird file into the form, keeping what it does not set', async () => {
      const { el, root } = await formFixture();
      await type(el, getByRole(root, 'textbox', 'Application (client) ID'), 'kept-as-typed');
      expect(getByRole(root, 'button', 'Import settings')).to.exist;
      chooseFile(root, 'config-v1.1.xml', autoconfig);
      await waitUntil(() => root.getElementById('import-message'), 'no import message');
      await el.updateComplete;
      expect(getByRole<HTMLInputElement>(root, 'radio', 'IMAP/SMTP').checked).to.equal(true);
      expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('Example ISP');
      expect(getByRole<HTMLInputElement>(root, 'textbox', 'Incoming server').value).to.equal('imap.example-isp.net');
      expect(getByRole<HTMLInputElement>(root, 'radio', 'Basic').checked).to.equal(true);
      expect(root.getElementById('import-message')!.textContent).to.contain('Settings taken from the file');
      await expect(el).to.be.accessible();
      // What the file does not set stays as typed (B2).
      await click(el, getByRole(root, 'radio', 'OAuth 2.0'));
      expect(getByRole<HTMLInputElement>(root, 'textbox', 'Application (client) ID').value).to.equal('kept-as-typed');
    });

    it('refuses hostile XML with a clear message and loses nothing typed', async () => {
      const { el, root } = await formFixture();
      await type(el, getByRole(root, 'textbox', 'Name'), 'My provider');
      chooseFile(root, 'evil.xml', '<!DOCTYPE x [<!ENTITY a "b">]><clientConfig>&a;</clientConfig>');
      await waitUntil(() => root.getElementById('import-message'), 'no import message');
      const message = root.getElementById('import-message')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent).to.contain('DOCTYPE');
      expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('My provider');
      await expect(el).to.be.accessible();
    });

    it('exports the provider as config-v1.1.xml without any secret', async () => {
      const { el, root } = await formFixture({}, { provider: await stored('imap-northwind') });
      const captured: { href: string; download: string }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        captured.push({ href: this.href, download: this.download });
      };
      const revoke = URL.revokeObjectURL;
      URL.revokeObjectURL = () => undefined;
      try {
        getByRole(root, 'button', 'Export settings').click();
        await waitUntil(() => captured.length === 1, 'no download');
      } finally {
        HTMLAnchorElement.prototype.click = click;
        URL.revokeObjectURL = revoke;
      }
      expect(captured[0]!.download).to.equal('config-v1.1.xml');
      const xml = await (await fetch(captured[0]!.href)).text();
      expect(xml).to.contain('<hostname>imap.northwindtraders.com</hostname>').and.contain('<outgoingServer type="smtp">');
      await waitUntil(() => statusSays(root, 'Settings exported to config-v1.1.xml.'), 'not announced');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
