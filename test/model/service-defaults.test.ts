import { describe, it } from 'node:test';
import { expect } from 'chai';
import { isGoogleHost, serviceDefaults, serviceFamily } from '../../src/model/index.js';

describe('serviceDefaults: defaults and help that fit the service', () => {
  it('Microsoft hosts and Exchange start on OAuth 2.0 with Microsoft help', () => {
    expect(serviceDefaults('imap-smtp', 'outlook.office365.com')).to.deep.equal({ authMethod: 'oauth2', oauthHelp: 'microsoft' });
    expect(serviceDefaults('exchange', 'mail.fabrikam.com')).to.deep.equal({ authMethod: 'oauth2', oauthHelp: 'microsoft' });
    expect(serviceDefaults('exchange', '')).to.deep.equal({ authMethod: 'oauth2', oauthHelp: 'microsoft' });
  });

  it('Google hosts start on OAuth 2.0 with Google help', () => {
    expect(serviceDefaults('imap-smtp', 'imap.gmail.com')).to.deep.equal({ authMethod: 'oauth2', oauthHelp: 'google' });
    expect(serviceDefaults('imap-smtp', 'SMTP.GMAIL.COM.')).to.deep.equal({ authMethod: 'oauth2', oauthHelp: 'google' });
    expect(isGoogleHost('imap.googlemail.com')).to.equal(true);
    expect(isGoogleHost('gmail.com.evil.example')).to.equal(false);
  });

  it('any other IMAP/SMTP server starts on Basic, with generic OAuth help', () => {
    expect(serviceDefaults('imap-smtp', 'imap.northwindtraders.com')).to.deep.equal({ authMethod: 'basic', oauthHelp: 'generic' });
    expect(serviceDefaults('imap-smtp', '')).to.deep.equal({ authMethod: 'basic', oauthHelp: 'generic' });
    expect(serviceFamily('imap-smtp', 'mail.example.org')).to.equal('other');
  });
});
