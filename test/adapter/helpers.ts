import { expect } from '@open-wc/testing';
import { MailSetupError, type InMemoryStorage } from '../../src/adapter/index.js';

/** A Storage stand-in backed by a Map, so tests never share state through localStorage. */
export class MapStorage implements InMemoryStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

/** The MailSetupError a promise rejects with; fails the test when it resolves or rejects with something else. */
export async function rejectionOf(promise: Promise<unknown>): Promise<MailSetupError> {
  let settled: unknown;
  try {
    settled = await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(MailSetupError);
    return error as MailSetupError;
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(settled)}`);
}

// The sample records live in one place for every adapter, REST and server test.
export { PASSWORD, SECRET, contosoAccount, exchangeInput, fabrikamAccount, imapInput } from '../helpers/samples.mjs';
