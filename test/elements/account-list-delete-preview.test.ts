// Issue 11, item 2, the delete case: Delete on a provider that mailboxes use opens
// the impact preview. R15 forbids the delete itself, so the preview says so, lists
// the mailboxes under "Affected mailboxes" with what holds each one, and offers
// only Cancel; a provider no mailbox uses is asked about with Delete and Cancel.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getByRole, queryByRole } from '../helpers/queries.js';
import { answerConfirm, button, dialog, focusOn, listFixture } from './account-list-helpers.js';

/** The demo list in `locale`, its catalogue loaded (Russian loads on first use). */
async function loaded(locale: string, remove: string) {
  const fixture = await listFixture({}, { locale });
  await waitUntil(() => queryByRole(fixture.root, 'button', remove), `${locale} did not load`);
  return fixture;
}

const cases = [
  {
    locale: 'en',
    remove: 'Delete Microsoft 365 (Contoso)',
    removeUnused: 'Delete Northwind Mail',
    list: 'Affected mailboxes',
    question: 'Microsoft 365 (Contoso) cannot be deleted: 2 mailboxes use it. Delete those mailboxes first.',
    item: 'alex.wilber@contoso.com: uses this provider',
    cancel: 'Cancel',
    delete: 'Delete',
  },
  {
    locale: 'ru',
    remove: 'Удалить Microsoft 365 (Contoso)',
    removeUnused: 'Удалить Northwind Mail',
    list: 'Затронутые почтовые ящики',
    question:
      'Провайдер Microsoft 365 (Contoso) нельзя удалить: с ним работают 2 почтовых ящика. Сначала удалите все почтовые ящики, которые с ним работают.',
    item: 'alex.wilber@contoso.com: использует этот провайдер',
    cancel: 'Отмена',
    delete: 'Удалить',
  },
] as const;

for (const c of cases) {
  describe(`<mail-account-list> delete preview (${c.locale})`, () => {
    it('Delete on a provider in use lists the affected mailboxes, offers only Cancel and sends nothing', async () => {
      const { el, root, adapter } = await loaded(c.locale, c.remove);
      let asked = false;
      el.addEventListener('mail-provider-delete', () => (asked = true));
      const remove = button(root, c.remove);
      remove.click();
      const preview = dialog(root, 'confirm-dialog');
      await waitUntil(() => preview.open, 'no delete preview');
      expect(preview.querySelector('#confirm-text')!.textContent!.trim()).to.equal(c.question);
      const list = getByRole(preview, 'list', c.list);
      const items = [...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.have.length(2);
      expect(items[0]).to.equal(c.item);
      expect(queryByRole(preview, 'button', c.delete)).to.equal(null);
      const cancel = getByRole<HTMLButtonElement>(preview, 'button', c.cancel);
      expect(root.activeElement === cancel, 'Cancel has the focus').to.equal(true);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !preview.open, 'Cancel did not close the preview');
      await focusOn(el, () => remove, 'focus did not return to Delete');
      expect(asked).to.equal(false);
      expect(adapter.calls.some((call) => call.method === 'deleteProvider')).to.equal(false);
      // Asked again about a provider no mailbox uses, the question has Delete again and no list.
      button(root, c.removeUnused).click();
      await waitUntil(() => preview.open, 'no confirmation');
      getByRole(preview, 'button', c.delete);
      expect(queryByRole(preview, 'list')).to.equal(null);
      await answerConfirm(el, 'cancel');
    });

    it('a provider no mailbox uses is asked about with Delete and Cancel', async () => {
      const { el, root } = await loaded(c.locale, c.remove);
      button(root, c.removeUnused).click();
      const confirm = dialog(root, 'confirm-dialog');
      await waitUntil(() => confirm.open, 'no confirmation');
      expect(queryByRole(confirm, 'list')).to.equal(null);
      getByRole(confirm, 'button', c.delete);
      getByRole(confirm, 'button', c.cancel);
      await expect(el).to.be.accessible();
      await answerConfirm(el, 'cancel');
    });
  });
}
