// Issue 10, item 2 in the wizard: a mailbox that was stored although its answer came
// back garbled is not created twice when the user presses Save again.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { MailSetupError } from '../../src/adapter/index.js';
import type { MailAccountCreatedEvent } from '../../src/events/index.js';
import { button, click, settle, toCheckWithPassword, wizardFixture } from './wizard-helpers.js';

describe('<mail-provider-wizard> retried Save (item 2)', () => {
  it('the retry carries the same idempotency key, so the stored mailbox is returned, not duplicated', async () => {
    const { el, root, adapter } = await wizardFixture();
    const keys: (string | undefined)[] = [];
    const original = adapter.saveAccount.bind(adapter);
    let garble = true;
    adapter.saveAccount = async (input, options) => {
      keys.push(options?.idempotencyKey);
      const stored = await original(input, options);
      if (garble) {
        garble = false;
        throw new MailSetupError('malformed', 'The answer was garbled on the way back');
      }
      return stored;
    };
    await toCheckWithPassword(el, 'right');
    await click(el, button(root, 'Save'));
    await settle(el);
    await waitUntil(() => root.getElementById('save-outcome')?.textContent?.includes('cannot read'), 'the garbled answer was not reported');

    const created = oneEvent(el, 'mail-account-created') as Promise<MailAccountCreatedEvent>;
    await click(el, button(root, 'Save'));
    const event = await created;
    expect(event.detail.account.email).to.equal('pat@fabrikam.com');
    expect((await adapter.listAccounts()).filter((a) => a.email === 'pat@fabrikam.com')).to.have.length(1);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.not.equal('');
    expect(keys[1]).to.equal(keys[0]);
  });
});
