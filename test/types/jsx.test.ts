// The JSX declarations must type-check the way a Preact or Solid user writes them:
// `npm run typecheck` compiles this file; the assertions below also run.
import { expect } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import type { MailElementsJSX } from '../../src/jsx.js';

type Preact = MailElementsJSX<'on'>;
type Solid = MailElementsJSX<'on:'>;

const savedNames: string[] = [];

const form: Preact['provider-settings-form'] = {
  adapter: new InMemoryAdapter(),
  'provider-id': 'm365-contoso',
  'heading-level': 3,
  locale: 'ru',
  'onmail-provider-saved': (event) => savedNames.push(event.detail.provider.name),
};

const wizard: Solid['mail-provider-wizard'] = {
  email: 'alex@contoso.com',
  'require-sync-service': 'false',
  'check-timeout': 10_000,
  'on:mail-wizard-step-changed': (event) => savedNames.push(`${event.detail.from}→${event.detail.to}`),
};

const list: Preact['mail-account-list'] = {
  class: 'mailboxes',
  'onmail-account-add': (event) => event.preventDefault(),
};

// @ts-expect-error an attribute of the wrong type
const badLevel: Preact['provider-settings-form'] = { 'heading-level': true };
// @ts-expect-error an event the element does not fire
const badEvent: Preact['provider-settings-form'] = { 'onmail-account-add': () => undefined };
// @ts-expect-error a detail that does not exist on the event
const badDetail: Solid['mail-account-list'] = { 'on:mail-account-deleted': (event) => void event.detail.password };

describe('JSX declarations', () => {
  it('type events by name, with their detail', () => {
    form['onmail-provider-saved']!(
      new (class extends Event {
        detail = { provider: { name: 'Contoso' }, created: true };
      })('mail-provider-saved') as never,
    );
    expect(savedNames).to.deep.equal(['Contoso']);
    expect([wizard, list, badLevel, badEvent, badDetail].length).to.equal(5);
  });
});
