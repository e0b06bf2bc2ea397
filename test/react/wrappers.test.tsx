import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import type { MailAccountAddEvent, MailProviderFormCancelledEvent } from '../../src/events/index.js';
import { MailAccountList, MailProviderWizard, ProviderSettingsForm } from '../../src/react/index.js';

// Tells React this is a test environment where act() is used.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement | undefined;

function render(node: React.ReactNode): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(node));
  return container;
}

async function until<T>(read: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out');
}

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

/** The React snippet of docs/guide.md, verbatim but for the adapter. */
const adapter = new InMemoryAdapter();
function AddMailbox({ onDone }: { onDone: (email?: string) => void }) {
  return (
    <MailProviderWizard
      adapter={adapter}
      email="alex@contoso.com"
      onMailAccountCreated={(event) => onDone(event.detail.account.email)}
      onMailWizardCancelled={() => onDone()}
    />
  );
}

describe('React wrappers', () => {
  it('ProviderSettingsForm takes props and types its events', async () => {
    const cancelled = vi.fn<(event: MailProviderFormCancelledEvent) => void>();
    const host = render(<ProviderSettingsForm adapter={new InMemoryAdapter()} locale="en" onMailProviderFormCancelled={cancelled} />);
    const form = host.querySelector('provider-settings-form')!;
    expect(form.locale).toBe('en');
    const cancel = await until(() =>
      [...(form.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === 'Cancel'),
    );
    cancel.click();
    await until(() => cancelled.mock.calls.length > 0);
    expect(cancelled.mock.calls[0]?.[0].detail).toEqual({ providerId: null });
  });

  it('MailProviderWizard: the guide’s AddMailbox component renders and reports cancel', async () => {
    const done = vi.fn();
    const host = render(<AddMailbox onDone={done} />);
    const wizard = host.querySelector('mail-provider-wizard')!;
    expect(wizard.email).toBe('alex@contoso.com');
    await until(() => wizard.shadowRoot?.querySelector('input'));
    // Nothing typed beyond the pre-filled address: Cancel leaves without asking.
    const cancel = await until(() =>
      [...(wizard.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === 'Cancel'),
    );
    cancel.click();
    await until(() => done.mock.calls.length > 0);
  });

  it('MailAccountList: a host that handles Add itself gets a cancelable, typed event', async () => {
    function Host() {
      const [seen, setSeen] = useState(0);
      return (
        <>
          <output>{seen}</output>
          <MailAccountList
            adapter={new InMemoryAdapter()}
            onMailAccountAdd={(event: MailAccountAddEvent) => {
              event.preventDefault();
              setSeen((n) => n + 1);
            }}
          />
        </>
      );
    }
    const host = render(<Host />);
    const list = host.querySelector('mail-account-list')!;
    const add = await until(() => [...(list.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === 'Add'));
    act(() => add.click());
    await until(() => host.querySelector('output')!.textContent === '1');
    expect(list.shadowRoot!.querySelector('dialog[open]')).toBeNull();
  });
});
