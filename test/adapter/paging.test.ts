import { expect } from '@open-wc/testing';
import { listAccountPage } from '../../src/adapter/account-pages.js';
import { InMemoryAdapter, createDemoData, withValidation, type MailSetupAdapter } from '../../src/adapter/index.js';
import type { MailAccount } from '../../src/model/index.js';
import { rejectionOf } from './helpers.js';

function adapterWith(count: number): InMemoryAdapter {
  const data = createDemoData();
  const template = data.accounts[0]!;
  const accounts: MailAccount[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `m-${i}`,
    email: `user${i}@contoso.com`,
    isDefault: i === 0,
  }));
  return new InMemoryAdapter({ data: { ...data, accounts } });
}

async function everyPage(adapter: MailSetupAdapter, limit: number): Promise<{ emails: string[]; pages: number }> {
  const emails: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await adapter.listAccountsPage!(cursor, limit);
    emails.push(...page.items.map((a) => a.email));
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== null);
  return { emails, pages };
}

describe('InMemoryAdapter — listAccountsPage (optional paging)', () => {
  it('pages through every mailbox in the order listAccounts lists them, then ends with a null cursor', async () => {
    const adapter = adapterWith(25);
    const all = (await adapter.listAccounts()).map((a) => a.email);
    const { emails, pages } = await everyPage(adapter, 10);
    expect(pages).to.equal(3);
    expect(emails).to.deep.equal(all);
  });

  it('clamps the limit to 1–1000', async () => {
    const adapter = adapterWith(1200);
    expect((await adapter.listAccountsPage(null, 0)).items).to.have.length(1);
    const big = await adapter.listAccountsPage(null, 5000);
    expect(big.items).to.have.length(1000);
    expect(big.nextCursor).to.equal('1000');
  });

  it('refuses a cursor it did not hand out with kind invalid', async () => {
    const adapter = adapterWith(5);
    for (const cursor of ['abc', '-1', '99', '01']) {
      const error = await rejectionOf(adapter.listAccountsPage(cursor, 2));
      expect(error.kind, cursor).to.equal('invalid');
      expect(error.details.field).to.equal('cursor');
    }
  });

  it('keeps paging through withValidation, which checks each page', async () => {
    const adapter = withValidation(adapterWith(7));
    const { emails } = await everyPage(adapter, 3);
    expect(emails).to.have.length(7);
    const plain = withValidation({ ...adapterWith(1), listAccountsPage: undefined } as unknown as MailSetupAdapter);
    expect(plain.listAccountsPage).to.equal(undefined);
  });
});

describe('listAccountPage — pages from any adapter, each checked', () => {
  const whole = (adapter: InMemoryAdapter, accounts?: unknown): MailSetupAdapter =>
    ({
      ...withValidation(adapter),
      listAccountsPage: undefined,
      listAccounts: () => Promise.resolve(accounts ?? adapter.listAccounts()),
    }) as unknown as MailSetupAdapter;

  it("uses the adapter's own paging when it has it", async () => {
    const adapter = adapterWith(7);
    const page = await listAccountPage(adapter, null, 5);
    expect(page).to.include({ nextCursor: '5', whole: false });
    expect(adapter.calls.map((call) => call.method)).to.deep.equal(['listAccountsPage']);
  });

  it('pages a whole answer, reading listAccounts once, and refuses a cursor of another answer', async () => {
    const plain = whole(adapterWith(7));
    const first = await listAccountPage(plain, null, 3);
    expect(first.items).to.have.length(3);
    expect(first.whole).to.equal(true);
    const second = await listAccountPage(plain, first.nextCursor, 3);
    const third = await listAccountPage(plain, second.nextCursor, 3);
    expect([...first.items, ...second.items, ...third.items].map((a) => a.email)).to.deep.equal(
      Array.from({ length: 7 }, (_, i) => `user${i}@contoso.com`),
    );
    expect(third.nextCursor).to.equal(null);
    await listAccountPage(plain, null, 3);
    const stale = await rejectionOf(listAccountPage(plain, first.nextCursor, 3));
    expect(stale.kind).to.equal('invalid');
    expect(stale.details.field).to.equal('cursor');
  });

  it('rejects a malformed record as malformed, naming its place in the whole answer, when its page is read', async () => {
    const records = await adapterWith(6).listAccounts();
    (records[4] as { email: unknown }).email = 42;
    const plain = whole(adapterWith(1), records);
    const first = await listAccountPage(plain, null, 3);
    expect(first.items).to.have.length(3);
    const error = await rejectionOf(listAccountPage(plain, first.nextCursor, 3));
    expect(error.kind).to.equal('malformed');
    expect(error.message).to.contain('at 4.email');
    expect((await rejectionOf(listAccountPage(whole(adapterWith(1), { not: 'a list' }), null, 3))).kind).to.equal('malformed');
  });
});
