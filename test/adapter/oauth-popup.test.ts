import { expect } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapter/index.js';
import { rejectionOf } from './helpers.js';

// The popup is an iframe's window: a real WindowProxy (a MessageEvent source) whose
// `closed` turns true when the iframe goes, without opening windows in the test browser.
describe('RestAdapter oauth: "popup" (the page side of the backend\'s sign-in)', () => {
  const base = `${location.origin}/api/mail`;
  const request = { providerId: 'm365-contoso', email: 'lidia@contoso.com', login: 'lidia@contoso.com' };
  const originalOpen = window.open;
  let frame: HTMLIFrameElement;
  let opened: string[];

  beforeEach(() => {
    frame = document.createElement('iframe');
    document.body.append(frame);
    opened = [];
    window.open = ((url: string) => {
      opened.push(url);
      return frame.contentWindow;
    }) as typeof window.open;
  });
  afterEach(() => {
    window.open = originalOpen;
    frame.remove();
  });

  const post = (data: unknown, origin = location.origin, source: Window | null = frame.contentWindow) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));

  it('opens {base}/oauth/start with the request and resolves with the grant the popup posts', async () => {
    const adapter = new RestAdapter({ baseUrl: base, oauth: 'popup' });
    const result = adapter.signInWithOAuth!(request);
    const url = new URL(opened[0]!);
    expect(url.pathname).to.equal('/api/mail/oauth/start');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ ...request, origin: location.origin });
    post({ type: 'mail-setup-oauth', grantRef: 'grant-1', signedInAs: 'lidia@contoso.com', accessToken: 'never-kept' });
    expect(await result).to.deep.equal({ grantRef: 'grant-1', signedInAs: 'lidia@contoso.com' });
  });

  it('ignores messages from another origin or window; a posted error rejects with its kind', async () => {
    const adapter = new RestAdapter({ baseUrl: base, oauth: 'popup' });
    const result = adapter.signInWithOAuth!(request);
    post({ type: 'mail-setup-oauth', grantRef: 'evil', signedInAs: 'x@evil.example' }, 'https://evil.example');
    post({ type: 'mail-setup-oauth', grantRef: 'evil', signedInAs: 'x@evil.example' }, location.origin, window);
    post({ type: 'mail-setup-oauth', error: { kind: 'auth-failed', message: 'AADSTS7000215' } });
    const error = await rejectionOf(result);
    expect([error.kind, error.message]).to.deep.equal(['auth-failed', 'AADSTS7000215']);
  });

  it('a closed popup is cancelled; a blocked one too; an abort is aborted', async () => {
    const adapter = new RestAdapter({ baseUrl: base, oauth: 'popup' });
    const closed = adapter.signInWithOAuth!(request);
    frame.remove();
    expect((await rejectionOf(closed)).kind).to.equal('cancelled');

    window.open = () => null;
    expect((await rejectionOf(adapter.signInWithOAuth!(request))).kind).to.equal('cancelled');

    const other = document.createElement('iframe');
    document.body.append(other);
    window.open = (() => other.contentWindow) as typeof window.open;
    const controller = new AbortController();
    const aborted = adapter.signInWithOAuth!(request, { signal: controller.signal });
    controller.abort();
    expect((await rejectionOf(aborted)).kind).to.equal('aborted');
    other.remove();
  });
});
