// Issue 10, item 3 in the mailbox settings editor: a mailbox changed elsewhere while
// its settings were open is not overwritten; the editor says so, offers Reload,
// and keeps what the user typed.
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { getByRole } from '../helpers/queries.js';
import { button, dialog, listFixture, type } from './account-list-helpers.js';

describe('<mail-account-list> mailbox settings changed elsewhere (item 3)', () => {
  it('refuses the stale save, says so, and Reload keeps the typed name on top of the latest version', async () => {
    const { el, root, adapter } = await listFixture();
    button(root, 'Edit alex.wilber@contoso.com').click();
    const settings = dialog(root, 'settings-dialog');
    await waitUntil(() => settings.open, 'settings did not open');
    await el.updateComplete;

    // Another tab marks the mailbox shared meanwhile.
    const [alex] = await adapter.listAccounts();
    await adapter.saveAccount({ ...alex!, isShared: true, auth: { method: 'oauth2', grantRef: 'grant-alex-wilber' } });

    await type(el, getByRole(settings, 'textbox', 'Sender display name'), 'Alex W. (typed)');
    getByRole(settings, 'button', 'Save').click();
    await waitUntil(() => settings.querySelector('#settings-failure'), 'no conflict shown');
    expect(settings.querySelector('#settings-failure')!.textContent).to.contain(en.common.staleVersion.title);
    expect(getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name').value).to.equal('Alex W. (typed)');
    expect((await adapter.listAccounts())[0]!.displayName).to.equal('Alex Wilber');
    await expect(el).to.be.accessible();

    getByRole(settings, 'button', en.common.reload).click();
    await waitUntil(() => getByRole<HTMLInputElement>(settings, 'checkbox', 'Shared mailbox').checked, 'the change made elsewhere was not loaded');
    expect(getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name').value).to.equal('Alex W. (typed)');
    expect(settings.querySelector('#settings-failure')).to.equal(null);

    getByRole(settings, 'button', 'Save').click();
    await waitUntil(() => !settings.open, 'the save over the latest version did not go through');
    const saved = (await adapter.listAccounts())[0]!;
    expect(saved).to.include({ displayName: 'Alex W. (typed)', isShared: true, version: 3 });
  });
});
