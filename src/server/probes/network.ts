import { lookup } from 'node:dns/promises';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect, isIP } from 'node:net';
import { checkServerIdentity, connect as tlsConnect, type PeerCertificate } from 'node:tls';
import { isAddressAllowed, type AddressPolicyOptions } from './address-policy.js';
import { clip, stageError, type CertificateSummary } from './stages.js';

/** Resolves a host name to its addresses (injectable, so tests never ask a real DNS server). */
export type Resolver = (host: string) => Promise<readonly { address: string; family: number }[]>;

export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/** What every network step needs: the policy, trusted CAs (tests, private PKI), and the stage's signal. */
export interface NetworkContext {
  readonly resolver: Resolver;
  readonly policy: AddressPolicyOptions;
  readonly ca?: readonly string[];
  readonly signal: AbortSignal;
}

const DNS_CODES: Record<string, 'unreachable' | 'timeout'> = {
  ENOTFOUND: 'unreachable',
  ENODATA: 'unreachable',
  ETIMEOUT: 'timeout',
  ESERVFAIL: 'unreachable',
};

/**
 * The first address of `host` the policy allows. Connections then go to that
 * address (with the name for TLS), so a name that re-resolves elsewhere later
 * cannot steer the check past the policy.
 */
export async function resolveHost(host: string, context: Pick<NetworkContext, 'resolver' | 'policy'>): Promise<string> {
  let addresses: readonly { address: string }[];
  if (isIP(host) !== 0) addresses = [{ address: host }];
  else {
    try {
      addresses = await context.resolver(host);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'ENOTFOUND';
      throw stageError(DNS_CODES[code] ?? 'unreachable', `${host} could not be resolved`, { rawCode: code });
    }
  }
  if (addresses.length === 0) throw stageError('unreachable', `${host} has no address`, { rawCode: 'ENODATA' });
  const allowed = addresses.find((entry) => isAddressAllowed(entry.address, context.policy));
  if (!allowed) {
    throw stageError('unreachable', `${host} resolves only to addresses the policy refuses`, { rawCode: 'ADDRESS_NOT_ALLOWED' });
  }
  return allowed.address;
}

/** The kind and raw code for a socket-level failure. */
export function socketFailure(error: unknown, what: string) {
  const code = (error as { code?: string }).code ?? 'ERROR';
  if (TLS_CODES.has(code)) return stageError('tls', `${what}: TLS failed`, { rawCode: code });
  if (code === 'ETIMEDOUT' || code === 'ETIMEOUT') return stageError('timeout', `${what}: timed out`, { rawCode: code });
  return stageError('unreachable', `${what}: ${code}`, { rawCode: code });
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** The `code` of an error (or the string Node gives as `authorizationError`), if any. */
function errorCode(error: unknown): string | undefined {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && 'code' in error) return String(error.code);
  return undefined;
}

/** Opens and closes a TCP connection to `address:port`. */
export function tcpProbe(address: string, port: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host: address, port, signal });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', (error) => reject(socketFailure(error, `connect to port ${port}`)));
  });
}

export function summarize(certificate: PeerCertificate): CertificateSummary {
  const name = (fields: Record<string, unknown> | undefined) =>
    Object.entries(fields ?? {})
      .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
      .join(', ');
  const validTo = new Date(certificate.valid_to);
  return {
    subject: name(certificate.subject),
    issuer: name(certificate.issuer),
    validTo: Number.isNaN(validTo.getTime()) ? certificate.valid_to : validTo.toISOString(),
  };
}

/**
 * A TLS handshake with `host` at `address:port`: resolves the certificate's
 * summary when it is trusted, unexpired and names the host; otherwise rejects with
 * kind `tls`, the raw code (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT,
 * ERR_TLS_CERT_ALTNAME_INVALID…) and the certificate, so the page can say why.
 */
export function tlsProbe(host: string, address: string, port: number, context: Pick<NetworkContext, 'ca' | 'signal'>): Promise<CertificateSummary> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({
      host: address,
      port,
      servername: isIP(host) === 0 ? host : undefined,
      rejectUnauthorized: false, // judged below, so the certificate can be reported
      ...(context.ca ? { ca: [...context.ca] } : {}),
    });
    const onAbort = () => socket.destroy(new Error('aborted'));
    context.signal.addEventListener('abort', onAbort, { once: true });
    const finish = () => context.signal.removeEventListener('abort', onAbort);
    socket.once('secureConnect', () => {
      finish();
      const certificate = socket.getPeerCertificate();
      socket.destroy();
      const summary = certificate && Object.keys(certificate).length > 0 ? summarize(certificate) : undefined;
      const code = socket.authorized ? errorCode(checkServerIdentity(host, certificate)) : (errorCode(socket.authorizationError) ?? 'UNTRUSTED');
      if (code)
        reject(stageError('tls', `The certificate of ${host} is not acceptable`, { rawCode: code, ...(summary ? { certificate: summary } : {}) }));
      else resolve(summary!);
    });
    socket.once('error', (error) => {
      finish();
      reject(socketFailure(error, `TLS with ${host}`));
    });
  });
}

/** An HTTPS request to a URL whose host passes the policy, pinned to the resolved address. Reads at most 1 MiB of answer. */
export async function pinnedHttps(
  url: URL,
  init: { method: string; headers: Record<string, string>; body?: string },
  context: NetworkContext,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  if (url.protocol !== 'https:') throw stageError('tls', 'Only https is used', { rawCode: 'NOT_HTTPS' });
  const address = await resolveHost(url.hostname, context);
  return new Promise((resolve, reject) => {
    const request = httpsRequest(
      {
        host: address,
        port: url.port === '' ? 443 : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method: init.method,
        headers: { host: url.host, ...init.headers },
        servername: isIP(url.hostname) === 0 ? url.hostname : undefined,
        signal: context.signal,
        ...(context.ca ? { ca: [...context.ca] } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= 1024 * 1024) chunks.push(chunk);
        });
        response.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers))
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        response.on('error', (error) => reject(socketFailure(error, url.host)));
      },
    );
    request.on('error', (error) => reject(socketFailure(error, url.host)));
    request.end(init.body);
  });
}

export { clip };
