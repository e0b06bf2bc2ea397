import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { canonicalGuid, isGuid, isMicrosoft365Host, microsoftOAuthPermissions } from '../../src/model/index.js';

describe('isMicrosoft365Host', () => {
  for (const host of [
    'outlook.office365.com',
    'outlook.office.com',
    'smtp.office365.com',
    'outlook.office365.us',
    'outlook-dod.office365.us',
    'partner.outlook.cn',
    'outlook.live.com',
    'imap-mail.outlook.com',
    'smtp-mail.outlook.com',
  ]) {
    it(`knows ${host}`, () => {
      expect(isMicrosoft365Host(host)).to.equal(true);
    });
  }

  it('is case-insensitive and ignores a port', () => {
    expect(isMicrosoft365Host('Outlook.Office365.COM')).to.equal(true);
    expect(isMicrosoft365Host('outlook.office365.com:993')).to.equal(true);
    expect(isMicrosoft365Host('smtp.office365.com:587')).to.equal(true);
  });

  it('covers subdomains of outlook.com and office365.com', () => {
    expect(isMicrosoft365Host('eur.outlook.com')).to.equal(true);
    expect(isMicrosoft365Host('a.b.office365.com')).to.equal(true);
  });

  for (const host of [
    'mail.contoso.com',
    'imap.gmail.com',
    'notoutlook.com',
    'evil-office365.com',
    'outlook.office365.com.evil.net',
    'office365.com.contoso.com',
    'outlook.office365.us.evil.net',
    'x.outlook.office365.us',
    '',
  ]) {
    it(`does not take ${JSON.stringify(host)} for Microsoft 365`, () => {
      expect(isMicrosoft365Host(host)).to.equal(false);
    });
  }
});

describe('isGuid / canonicalGuid', () => {
  const guid = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('accepts a GUID in lower, upper or mixed case, in braces, with surrounding spaces', () => {
    expect(isGuid(guid)).to.equal(true);
    expect(isGuid(guid.toUpperCase())).to.equal(true);
    expect(isGuid('3F2504E0-4f89-41D3-9a0c-0305E82C3301')).to.equal(true);
    expect(isGuid(`{${guid}}`)).to.equal(true);
    expect(isGuid(`  {${guid.toUpperCase()}}\t`)).to.equal(true);
    expect(isGuid('00000000-0000-0000-0000-000000000000')).to.equal(true);
  });

  for (const value of [
    '',
    'my-app',
    '3f2504e04f8941d39a0c0305e82c3301',
    '3f2504e0-4f89-41d3-9a0c-0305e82c330',
    '3f2504e0-4f89-41d3-9a0c-0305e82c33011',
    '3f2504e0-4f89-41d3-9a0c_0305e82c3301',
    'g f2504e0-4f89-41d3-9a0c-0305e82c3301',
    'gf2504e0-4f89-41d3-9a0c-0305e82c3301',
    '{3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    '3f2504e0-4f89-41d3-9a0c-0305e82c3301}',
    '{{3f2504e0-4f89-41d3-9a0c-0305e82c3301}}',
    '(3f2504e0-4f89-41d3-9a0c-0305e82c3301)',
    '3f2504e0-4f89-41d3-9a0c-0305e82c3301-',
  ]) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(isGuid(value)).to.equal(false);
    });
  }

  it('canonicalises to lower case without braces or spaces', () => {
    expect(canonicalGuid(`  {${guid.toUpperCase()}} `)).to.equal(guid);
    expect(canonicalGuid(guid)).to.equal(guid);
  });

  it('property: every UUID is a GUID in any dress, and canonicalises back to its lower-case form', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.boolean(), fc.boolean(), (uuid, upper, braces) => {
        let dressed = upper ? uuid.toUpperCase() : uuid;
        if (braces) dressed = `{${dressed}}`;
        expect(isGuid(dressed)).to.equal(true);
        expect(canonicalGuid(dressed)).to.equal(uuid.toLowerCase());
        expect(isGuid(canonicalGuid(dressed))).to.equal(true);
      }),
    );
  });

  it('property: a GUID check never throws and agrees with its canonical form', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFG-{} '.split('')), maxLength: 40 }), (value) => {
        if (isGuid(value)) {
          expect(canonicalGuid(value)).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        }
      }),
    );
  });
});

describe('microsoftOAuthPermissions (R13)', () => {
  it('asks for EWS.AccessAsUser.All for Exchange', () => {
    expect(microsoftOAuthPermissions({ type: 'exchange', hosts: ['mail.contoso.com'], loadEmails: true, sendEmails: true })).to.deep.equal([
      'EWS.AccessAsUser.All',
      'offline_access',
    ]);
  });

  it('asks for IMAP.AccessAsUser.All and SMTP.Send on Microsoft 365, each only when used', () => {
    const hosts = ['outlook.office365.com', 'smtp.office365.com'];
    expect(microsoftOAuthPermissions({ type: 'imap-smtp', hosts, loadEmails: true, sendEmails: true })).to.deep.equal([
      'IMAP.AccessAsUser.All',
      'SMTP.Send',
      'offline_access',
    ]);
    expect(microsoftOAuthPermissions({ type: 'imap-smtp', hosts, loadEmails: false, sendEmails: true })).to.deep.equal([
      'SMTP.Send',
      'offline_access',
    ]);
  });

  it('names none for another IMAP service', () => {
    expect(microsoftOAuthPermissions({ type: 'imap-smtp', hosts: ['imap.gmail.com'], loadEmails: true, sendEmails: true })).to.deep.equal([]);
  });
});
