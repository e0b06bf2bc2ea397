import type { ServerEndpoint } from '../../model/index.js';
import type { CheckTarget, ConnectionChecker } from '../checks.js';
import type { AddressPolicyOptions } from './address-policy.js';
import type { DiscoveryOptions } from './discovery.js';
import { checkGetFolder, ewsGetFolder } from './ews.js';
import { imapLogin, imapOpenInbox, type MailLogin } from './imap.js';
import { resolveHost, systemResolver, tcpProbe, tlsProbe, type NetworkContext, type Resolver } from './network.js';
import { acquireAccessToken, type OAuthSettings } from './oauth.js';
import { smtpVerify } from './smtp.js';
import { CHECK_STAGES, StageRunner } from './stages.js';

export interface ConnectionCheckerOptions {
  /** Where checks may connect. Default: public addresses only. */
  readonly addressPolicy?: AddressPolicyOptions;
  /** Name resolution. Default: the system's (`dns.lookup`). */
  readonly resolver?: Resolver;
  /** Each stage's time limit. Default 8000 ms. */
  readonly stageTimeoutMs?: number;
  /** Extra trusted CA certificates (PEM), for a private PKI. Default: Node's bundled roots only. */
  readonly ca?: readonly string[];
  /** Discovery's DNS (SRV, MX) and autoconfig port, for tests and unusual networks. */
  readonly discovery?: Pick<DiscoveryOptions, 'dns' | 'httpsPort'>;
  /** OAuth 2.0 token endpoint (authority) and scopes. */
  readonly oauth?: OAuthSettings & { readonly exchangeScopes?: readonly string[]; readonly imapSmtpScopes?: readonly string[] };
}

const EXCHANGE_SCOPES = ['https://outlook.office365.com/EWS.AccessAsUser.All'];
const IMAP_SMTP_SCOPES = ['https://outlook.office.com/IMAP.AccessAsUser.All', 'https://outlook.office.com/SMTP.Send'];

/** `host` and `port` of an Exchange service address (`mail.example.com` or `mail.example.com:8443`). */
function serviceEndpoint(serviceAddress: string): { host: string; port: number } {
  const url = new URL(`https://${serviceAddress}`);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port === '' ? 443 : Number(url.port) };
}

/**
 * The real staged check: resolve → connect → TLS → authenticate → mailbox → send,
 * each under its own time limit, all under the request's signal (the client going
 * away stops it), every connection under the address policy.
 */
export function createConnectionChecker(options: ConnectionCheckerOptions = {}): ConnectionChecker {
  const stageTimeoutMs = options.stageTimeoutMs ?? 8000;
  return async (target, { signal, onStage }) => {
    const at = new Date().toISOString();
    for (const stage of CHECK_STAGES) onStage({ stage, state: 'waiting', at });
    const runner = new StageRunner({ onStage, stageTimeoutMs, signal });
    const network = (stageSignal: AbortSignal): NetworkContext => ({
      resolver: options.resolver ?? systemResolver,
      policy: options.addressPolicy ?? {},
      ...(options.ca ? { ca: options.ca } : {}),
      signal: stageSignal,
    });
    const token = async (scopes: readonly string[], stageSignal: AbortSignal) =>
      target.oauth
        ? (
            await acquireAccessToken(
              { clientId: target.provider.auth.method === 'oauth2' ? target.provider.auth.clientId : '', clientSecret: target.oauth.clientSecret },
              target.oauth.tokens,
              scopes,
              options.oauth ?? {},
              network(stageSignal),
            )
          ).accessToken
        : undefined;
    if (target.provider.type === 'exchange')
      await checkExchange(target, target.provider.serviceAddress, runner, network, (s) => token(options.oauth?.exchangeScopes ?? EXCHANGE_SCOPES, s));
    else
      await checkImapSmtp(target, target.provider, runner, network, stageTimeoutMs, (s) =>
        token(options.oauth?.imapSmtpScopes ?? IMAP_SMTP_SCOPES, s),
      );
    return { stages: runner.reports };
  };
}

type Network = (signal: AbortSignal) => NetworkContext;
type Token = (signal: AbortSignal) => Promise<string | undefined>;

async function checkExchange(target: CheckTarget, serviceAddress: string, runner: StageRunner, network: Network, token: Token): Promise<void> {
  const { host, port } = serviceEndpoint(serviceAddress);
  const address = await runner.run('resolve', async (signal) => ({ value: await resolveHost(host, network(signal)) }));
  await runner.run('connect', async (signal) => ({ value: await tcpProbe(address, port, signal) }));
  await runner.run('tls', async (signal) => ({ value: undefined, detail: { certificate: await tlsProbe(host, address, port, network(signal)) } }));
  const answer = await runner.run('authenticate', async (signal) => {
    const accessToken = await token(signal);
    const credentials = { user: target.login, ...(accessToken ? { accessToken } : { password: target.password ?? '' }) };
    return { value: await ewsGetFolder(serviceAddress, target.email, credentials, network(signal)) };
  });
  await runner.run('mailbox', () => Promise.resolve().then(() => ({ value: checkGetFolder(answer) })));
  runner.skip('send');
}

async function checkImapSmtp(
  target: CheckTarget,
  provider: { incoming: ServerEndpoint; outgoing: ServerEndpoint; loadEmails: boolean; sendEmails: boolean },
  runner: StageRunner,
  network: Network,
  timeoutMs: number,
  token: Token,
): Promise<void> {
  const load = provider.loadEmails;
  const primary = load ? provider.incoming : provider.outgoing;
  const [incoming, outgoing] = await runner.run('resolve', async (signal) => ({
    value: [
      load ? await resolveHost(provider.incoming.host, network(signal)) : '',
      provider.sendEmails ? await resolveHost(provider.outgoing.host, network(signal)) : '',
    ] as const,
  }));
  const primaryAddress = load ? incoming : outgoing;
  await runner.run('connect', async (signal) => ({ value: await tcpProbe(primaryAddress, primary.port, signal) }));
  if (primary.security === 'ssl') {
    await runner.run('tls', async (signal) => ({
      value: undefined,
      detail: { certificate: await tlsProbe(primary.host, primaryAddress, primary.port, network(signal)) },
    }));
  } else runner.skip('tls');

  let accessToken: string | undefined;
  const login = (endpoint: ServerEndpoint, address: string): MailLogin => ({
    host: endpoint.host,
    address,
    port: endpoint.port,
    security: endpoint.security,
    user: accessToken ? target.email : target.login,
    ...(accessToken ? { accessToken } : { password: target.password ?? '' }),
  });
  const client = await runner.run('authenticate', async (signal) => {
    accessToken = await token(signal);
    if (load) return { value: await imapLogin(login(provider.incoming, incoming), network(signal), timeoutMs) };
    await smtpVerify(login(provider.outgoing, outgoing), network(signal), timeoutMs);
    return { value: undefined };
  });
  if (client) await runner.run('mailbox', async () => ({ value: await imapOpenInbox(client) }));
  else runner.skip('mailbox');
  if (load && provider.sendEmails)
    await runner.run('send', async (signal) => ({ value: await smtpVerify(login(provider.outgoing, outgoing), network(signal), timeoutMs) }));
  else runner.skip('send');
}
