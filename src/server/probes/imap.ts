import type { ImapFlow } from 'imapflow';
import type { SecurityMode } from '../../model/index.js';
import { socketFailure, type NetworkContext } from './network.js';
import { clip, stageError } from './stages.js';

/** Where and how to log in: a pinned address, the name for TLS, and a password or an OAuth access token. */
export interface MailLogin {
  readonly host: string;
  readonly address: string;
  readonly port: number;
  readonly security: SecurityMode;
  readonly user: string;
  readonly password?: string;
  readonly accessToken?: string;
}

/** The server's reply text of an imapflow error, without our own command (which may carry the login). */
function imapReply(error: unknown): string | undefined {
  const { responseText, response } = error as { responseText?: unknown; response?: unknown };
  if (typeof responseText === 'string' && responseText !== '') return clip(responseText);
  if (typeof response === 'string') return clip(response.replace(/^\S+\s+(NO|BAD)\s+/i, ''));
  return undefined;
}

function imapCode(error: unknown): string | undefined {
  const code = (error as { serverResponseCode?: unknown }).serverResponseCode;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Logs in (LOGIN, or XOAUTH2 with a token); resolves the connected client for the
 * mailbox stage. A refusal is `auth-failed` with the server's words.
 */
export async function imapLogin(login: MailLogin, context: NetworkContext, timeoutMs: number): Promise<ImapFlow> {
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow({
    host: login.address,
    port: login.port,
    secure: login.security === 'ssl',
    doSTARTTLS: login.security === 'starttls',
    servername: login.host,
    auth: login.accessToken ? { user: login.user, accessToken: login.accessToken } : { user: login.user, pass: login.password ?? '' },
    logger: false,
    disableAutoIdle: true,
    disableCompression: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    tls: { rejectUnauthorized: true, ...(context.ca ? { ca: [...context.ca] } : {}) },
  });
  client.on('error', () => undefined); // reported through connect()'s rejection
  const close = () => client.close();
  context.signal.addEventListener('abort', close, { once: true });
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.close();
    if ((error as { authenticationFailed?: boolean }).authenticationFailed) {
      const reply = imapReply(error);
      throw stageError('auth-failed', 'The IMAP server refused the login', {
        field: 'password',
        ...(reply ? { serverReply: reply } : {}),
        rawCode: imapCode(error) ?? 'AUTHENTICATIONFAILED',
      });
    }
    throw socketFailure(error, 'IMAP');
  } finally {
    context.signal.removeEventListener('abort', close);
  }
}

/**
 * Opens INBOX read-only. Exchange answers an authenticated user that may not open
 * the mailbox with "User is authenticated but not connected": that is `forbidden`
 * (wrong mailbox or missing permission), not a wrong password.
 */
export async function imapOpenInbox(client: ImapFlow): Promise<number> {
  try {
    const mailbox = await client.mailboxOpen('INBOX', { readOnly: true });
    return mailbox.exists;
  } catch (error) {
    const reply = imapReply(error);
    throw stageError('forbidden', 'The IMAP server did not open INBOX', {
      ...(reply ? { serverReply: reply } : {}),
      rawCode: imapCode(error) ?? 'NO',
    });
  } finally {
    await client.logout().catch(() => client.close());
  }
}
