import type { CheckStage, DiagnosisCode, MailSetupErrorKind } from '../model/index.js';

/**
 * How each cause the error translator knows shows itself in a real check: the
 * stage it fails, the error kind, and the server's own words. The in-memory
 * adapter replays them (`failNextCheck`), so the demo and the stories can show
 * every translated failure.
 */
export interface CheckFailureSimulation {
  readonly stage: CheckStage;
  readonly kind: MailSetupErrorKind;
  readonly rawCode: string;
  readonly serverReply: string;
}

export const CHECK_FAILURE_SIMULATIONS: Readonly<Record<DiagnosisCode, CheckFailureSimulation>> = {
  'entra-single-tenant-common': {
    stage: 'authenticate',
    kind: 'auth-failed',
    rawCode: 'AADSTS50194',
    serverReply: 'AADSTS50194: Application is not configured as a multi-tenant application. Usage of the /common endpoint is not supported.',
  },
  'entra-consent-missing': {
    stage: 'authenticate',
    kind: 'auth-failed',
    rawCode: 'AADSTS65001',
    serverReply: 'AADSTS65001: The user or administrator has not consented to use the application.',
  },
  'entra-secret-invalid': {
    stage: 'authenticate',
    kind: 'auth-failed',
    rawCode: 'AADSTS7000215',
    serverReply:
      'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
  },
  'entra-secret-expired': {
    stage: 'authenticate',
    kind: 'auth-failed',
    rawCode: 'AADSTS7000222',
    serverReply: 'AADSTS7000222: The provided client secret keys for app are expired.',
  },
  'entra-app-not-found': {
    stage: 'authenticate',
    kind: 'auth-failed',
    rawCode: 'AADSTS700016',
    serverReply:
      'AADSTS700016: Application was not found in the directory. This can happen if the application has not been installed by the administrator of the tenant.',
  },
  'entra-wrong-credentials': {
    stage: 'authenticate',
    kind: 'auth-failed',
    rawCode: 'AADSTS50126',
    serverReply: 'AADSTS50126: Error validating credentials due to invalid username or password.',
  },
  'oauth-grant-expired': {
    stage: 'authenticate',
    kind: 'auth-failed',
    rawCode: 'invalid_grant',
    serverReply: 'invalid_grant: The refresh token has expired due to inactivity.',
  },
  'smtp-auth-unsuccessful': { stage: 'send', kind: 'auth-failed', rawCode: '535 5.7.3', serverReply: '535 5.7.3 Authentication unsuccessful' },
  'smtp-auth-disabled': {
    stage: 'send',
    kind: 'auth-failed',
    rawCode: '535 5.7.139',
    serverReply: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  },
  'smtp-basic-not-supported': {
    stage: 'send',
    kind: 'auth-failed',
    rawCode: '550 5.7.30',
    serverReply: '550 5.7.30 Basic authentication is not supported for Client Submission.',
  },
  'smtp-storedrv-submission': {
    stage: 'send',
    kind: 'forbidden',
    rawCode: '554 5.2.0',
    serverReply:
      '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception.',
  },
  'imap-authenticate-failed': { stage: 'authenticate', kind: 'auth-failed', rawCode: 'NO', serverReply: 'A1 NO AUTHENTICATE failed.' },
  'imap-not-connected': { stage: 'mailbox', kind: 'forbidden', rawCode: 'BAD', serverReply: 'A2 BAD User is authenticated but not connected.' },
  'tls-expired': { stage: 'tls', kind: 'tls', rawCode: 'CERT_HAS_EXPIRED', serverReply: 'certificate has expired' },
  'tls-wrong-host': {
    stage: 'tls',
    kind: 'tls',
    rawCode: 'ERR_TLS_CERT_ALTNAME_INVALID',
    serverReply: "Hostname/IP does not match certificate's altnames",
  },
  'tls-self-signed': { stage: 'tls', kind: 'tls', rawCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', serverReply: 'self-signed certificate' },
  'dns-not-found': { stage: 'resolve', kind: 'unreachable', rawCode: 'ENOTFOUND', serverReply: 'getaddrinfo ENOTFOUND' },
  'connection-refused': { stage: 'connect', kind: 'unreachable', rawCode: 'ECONNREFUSED', serverReply: 'connect ECONNREFUSED' },
  timeout: { stage: 'connect', kind: 'timeout', rawCode: 'ETIMEDOUT', serverReply: 'connect ETIMEDOUT' },
};

/** How long each stage takes in the demo: a plausible check of a nearby server, about a second and a half. */
export const REALISTIC_STAGE_MS: Readonly<Record<CheckStage, number>> = {
  resolve: 60,
  connect: 140,
  tls: 220,
  authenticate: 480,
  mailbox: 260,
  send: 340,
};
