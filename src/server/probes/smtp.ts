import { socketFailure, type NetworkContext } from './network.js';
import type { MailLogin } from './imap.js';
import { clip, stageError } from './stages.js';

/** `535 5.7.3` from `535 5.7.3 Authentication unsuccessful`: the reply code and enhanced status code, as the translator keys them. */
export function smtpRawCode(responseCode: number | undefined, response: string | undefined): string | undefined {
  if (responseCode === undefined) return undefined;
  const enhanced = /^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})\b/.exec(response ?? '')?.[1];
  return enhanced ? `${responseCode} ${enhanced}` : String(responseCode);
}

/**
 * EHLO, STARTTLS (or implicit TLS), AUTH — nodemailer's `verify()`, which sends no
 * mail. A refused AUTH is `auth-failed` with the reply (535 5.7.3, 535 5.7.139,
 * 550 5.7.30…); a certificate problem is `tls`.
 */
export async function smtpVerify(login: MailLogin, context: NetworkContext, timeoutMs: number): Promise<void> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: login.address,
    port: login.port,
    secure: login.security === 'ssl',
    requireTLS: login.security === 'starttls',
    ignoreTLS: login.security === 'none',
    name: 'mail-setup-check',
    auth: login.accessToken ? { type: 'OAuth2', user: login.user, accessToken: login.accessToken } : { user: login.user, pass: login.password ?? '' },
    tls: { servername: login.host, rejectUnauthorized: true, ...(context.ca ? { ca: [...context.ca] } : {}) },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
  });
  const close = () => transport.close();
  context.signal.addEventListener('abort', close, { once: true });
  try {
    await transport.verify();
  } catch (error) {
    const { code, responseCode, response } = error as { code?: string; responseCode?: number; response?: string };
    if (code === 'EAUTH' || (responseCode !== undefined && responseCode >= 500)) {
      const rawCode = smtpRawCode(responseCode, response);
      const serverReply = clip(response);
      throw stageError('auth-failed', 'The SMTP server refused the login', {
        field: 'password',
        ...(rawCode ? { rawCode } : {}),
        ...(serverReply ? { serverReply } : {}),
      });
    }
    const tlsCode = (error as { cause?: { code?: string } }).cause?.code;
    throw socketFailure(tlsCode ? { code: tlsCode } : error, 'SMTP');
  } finally {
    context.signal.removeEventListener('abort', close);
    transport.close();
  }
}
