import { expect, waitUntil } from '@open-wc/testing';
import { getByRole, queryAllByRole, queryByRole } from '../helpers/queries.js';
import { listFixture, settled } from './account-list-helpers.js';

function checkButtons(root: ShadowRoot): HTMLButtonElement[] {
  return queryAllByRole(root, 'button', 'Check connection') as HTMLButtonElement[];
}

function checkDialog(root: ShadowRoot): HTMLDialogElement {
  return root.getElementById('check-dialog') as HTMLDialogElement;
}

describe('<mail-account-list> Check connection on a saved mailbox (B1)', () => {
  it('offers Check connection on every mailbox row, described by its address', async () => {
    const { root } = await listFixture();
    const buttons = checkButtons(root);
    expect(buttons).to.have.length(2);
    const describedBy = buttons[0]!.getAttribute('aria-describedby')!;
    expect(root.getElementById(describedBy)!.textContent).to.equal('alex.wilber@contoso.com');
  });

  it('shows the stages live in a dialog, then the outcome and Copy diagnostics', async () => {
    const { el, root, adapter } = await listFixture({ checkStageMs: { authenticate: 80 } });
    const button = checkButtons(root)[0]!;
    button.click();
    await waitUntil(() => checkDialog(root).open, 'no dialog');
    await waitUntil(() => queryByRole(checkDialog(root), 'list', 'Connection check'), 'no stage list');
    expect(checkDialog(root).getAttribute('aria-labelledby')).to.equal('check-title');
    expect(root.getElementById('check-title')!.textContent).to.contain('alex.wilber@contoso.com');
    await waitUntil(() => root.getElementById('list-check-outcome'), 'no outcome');
    expect(root.getElementById('list-check-outcome')!.textContent).to.contain('Connection works');
    expect(queryByRole(checkDialog(root), 'button', 'Copy diagnostics')).to.not.equal(null);
    // The saved mailbox's own grant was checked, not a new sign-in.
    expect(adapter.calls.filter((call) => call.method === 'checkConnection')).to.have.length(1);
    await expect(el).to.be.accessible();
    getByRole(checkDialog(root), 'button', 'Close').click();
    await waitUntil(() => !checkDialog(root).open, 'dialog stayed open');
    await settled(el);
    await waitUntil(() => root.activeElement === button, 'focus did not return');
  });

  it('says the cause and the fix of a failure', async () => {
    const { el, root, adapter } = await listFixture();
    adapter.failNextCheck('oauth-grant-expired');
    checkButtons(root)[0]!.click();
    await waitUntil(() => root.getElementById('list-check-outcome'), 'no outcome');
    const outcome = root.getElementById('list-check-outcome')!;
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(outcome.textContent).to.contain('invalid_grant').and.contain('Sign in again.');
    const items = queryAllByRole(getByRole(checkDialog(root), 'list', 'Connection check'), 'listitem').map((item) =>
      item.textContent!.replace(/\s+/g, ' '),
    );
    expect(items.some((item) => item.includes('Sign in: failed'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('cancels a check mid-way', async () => {
    const { el, root, adapter } = await listFixture();
    adapter.injectFault('checkConnection', { type: 'hang', stage: 'mailbox' }, { times: 1 });
    checkButtons(root)[1]!.click();
    await waitUntil(() => queryByRole(checkDialog(root), 'button', 'Cancel check'), 'no cancel');
    await waitUntil(() => checkDialog(root).textContent!.includes('Open the mailbox: running'), 'not running');
    getByRole(checkDialog(root), 'button', 'Cancel check').click();
    await waitUntil(() => root.getElementById('list-check-outcome')?.textContent?.includes('cancel'), 'not cancelled');
    expect(checkDialog(root).textContent).to.contain('Open the mailbox: skipped');
    await expect(el).to.be.accessible();
  });
});
