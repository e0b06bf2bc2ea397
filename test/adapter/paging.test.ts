import { expect } from '@open-wc/testing';
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
