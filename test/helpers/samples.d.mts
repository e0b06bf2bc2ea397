// Types for samples.mjs.
import type { ConnectionCheckRequest, MailAccountInput, MailProvider, MailProviderInput } from '../../src/model/index.js';

type ExchangeInput = Extract<MailProviderInput, { type: 'exchange' }>;
type ImapInput = Extract<MailProviderInput, { type: 'imap-smtp' }>;
type ExchangeProvider = Extract<MailProvider, { type: 'exchange' }>;

export declare const SECRET: string;
export declare const PASSWORD: string;
export declare function exchangeInput(overrides?: Partial<ExchangeInput>): ExchangeInput;
export declare function imapInput(overrides?: Partial<ImapInput>): ImapInput;
export declare function fabrikamAccount(overrides?: Partial<MailAccountInput>): MailAccountInput;
export declare function contosoAccount(overrides?: Partial<MailAccountInput>): MailAccountInput;
export declare function fabrikamCheck(password?: string): ConnectionCheckRequest;
export declare const CLIENT_ID: string;
export declare function storedExchange(overrides?: Partial<ExchangeProvider>): ExchangeProvider;
