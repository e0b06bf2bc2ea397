import { pinnedHttps, type NetworkContext } from './network.js';
import { clip, stageError } from './stages.js';

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A GetFolder of the mailbox's inbox: the smallest EWS call that proves both the login and access to the mailbox. */
export function getFolderRequest(email: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
<soap:Header><t:RequestServerVersion Version="Exchange2013"/></soap:Header>
<soap:Body><m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>
<m:FolderIds><t:DistinguishedFolderId Id="inbox"><t:Mailbox><t:EmailAddress>${escapeXml(email)}</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId></m:FolderIds>
</m:GetFolder></soap:Body></soap:Envelope>`;
}

export interface EwsAnswer {
  readonly status: number;
  readonly body: string;
}

/** Sends GetFolder to `https://{serviceAddress}/EWS/Exchange.asmx` with Basic or a bearer token. `auth-failed` on 401, with the server's diagnostics. */
export async function ewsGetFolder(
  serviceAddress: string,
  email: string,
  credentials: { user: string; password?: string; accessToken?: string },
  context: NetworkContext,
): Promise<EwsAnswer> {
  const url = new URL(`https://${serviceAddress}/EWS/Exchange.asmx`);
  const authorization = credentials.accessToken
    ? `Bearer ${credentials.accessToken}`
    : `Basic ${Buffer.from(`${credentials.user}:${credentials.password ?? ''}`, 'utf8').toString('base64')}`;
  const answer = await pinnedHttps(
    url,
    { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8', authorization }, body: getFolderRequest(email) },
    context,
  );
  if (answer.status === 401 || answer.status === 403) {
    const reply = clip(answer.headers['x-ms-diagnostics'] ?? answer.headers['www-authenticate']);
    throw stageError(answer.status === 401 ? 'auth-failed' : 'forbidden', 'Exchange refused the login', {
      field: 'password',
      rawCode: `HTTP ${answer.status}`,
      ...(reply ? { serverReply: reply } : {}),
    });
  }
  return { status: answer.status, body: answer.body };
}

/** Reads GetFolder's answer: success, or the EWS response code (ErrorNonExistentMailbox, ErrorAccessDenied…) as `forbidden`. */
export function checkGetFolder(answer: EwsAnswer): void {
  const responseClass = /ResponseClass="(\w+)"/.exec(answer.body)?.[1];
  if (answer.status === 200 && responseClass === 'Success') return;
  const code = /<m:ResponseCode>([^<]+)<\/m:ResponseCode>/.exec(answer.body)?.[1];
  const text = /<m:MessageText>([^<]+)<\/m:MessageText>/.exec(answer.body)?.[1] ?? /<faultstring[^>]*>([^<]+)<\/faultstring>/.exec(answer.body)?.[1];
  const reply = clip(text);
  if (code) throw stageError('forbidden', 'Exchange did not open the inbox', { rawCode: code, ...(reply ? { serverReply: reply } : {}) });
  throw stageError('unreachable', 'Exchange Web Services did not answer GetFolder', {
    rawCode: `HTTP ${answer.status}`,
    ...(reply ? { serverReply: reply } : {}),
  });
}
