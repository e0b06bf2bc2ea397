// Writes dist/openapi.json: the REST contract of docs/rest-contract.md as an
// OpenAPI 3.1 document whose schemas are generated from the model's zod schemas
// (z.toJSONSchema), so the document cannot disagree with what the adapter parses.
// Part of `npm run build`, after vite has built dist/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import * as model from '../dist/model/index.js';
import * as adapter from '../dist/adapter/schemas.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema, as a request
 * (`input`) or a response (`output`). Unknown fields in a response are dropped by
 * the adapter, not refused, so responses do not forbid additional properties.
 */
function jsonSchema(schema, io) {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  delete generated.$schema; // the document's jsonSchemaDialect says it once
  return io === 'output' ? allowExtraFields(generated) : generated;
}

function allowExtraFields(value) {
  if (Array.isArray(value)) return value.map(allowExtraFields);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, field]) => !(key === 'additionalProperties' && field === false))
      .map(([key, field]) => [key, allowExtraFields(field)]),
  );
}

const FieldIssue = z.object({
  code: z.enum(model.ERROR_CODES),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
/** What an error says: its kind, a message for logs, and the details the kind carries. */
const ErrorEnvelope = z.object({
  kind: z.enum(model.ERROR_KINDS.filter((kind) => kind !== 'aborted')),
  message: z.string(),
  details: z.optional(
    z.object({
      field: z.optional(z.string()),
      domain: z.optional(z.string()),
      providerName: z.optional(z.string()),
      mailboxes: z.optional(z.array(z.string())),
      fieldErrors: z.optional(z.record(z.string(), FieldIssue)),
      stage: z.optional(z.enum(model.CHECK_STAGES)),
      rawCode: z.optional(z.string()),
      serverReply: z.optional(z.string()),
    }),
  ),
});
/** The error body every non-2xx answer carries (docs/rest-contract.md, "Errors"). */
const ErrorBody = z.object({ error: ErrorEnvelope });
/** One line of a streamed connection check (`Accept: application/x-ndjson`): stages, then the result or the error. */
const CheckStreamLine = z.discriminatedUnion('type', [
  z.extend(model.CheckStageReportSchema, { type: z.literal('stage') }),
  z.extend(adapter.ConnectionCheckResultSchema, { type: z.literal('result'), stages: z.optional(z.array(model.CheckStageReportSchema)) }),
  z.extend(ErrorEnvelope, { type: z.literal('error') }),
]);

const schemas = {
  Permissions: jsonSchema(adapter.PermissionsSchema, 'output'),
  SyncServiceStatus: jsonSchema(adapter.SyncServiceStatusSchema, 'output'),
  MailProvider: jsonSchema(model.MailProviderSchema, 'output'),
  MailProviderInput: jsonSchema(model.MailProviderInputSchema, 'input'),
  MailAccount: jsonSchema(model.MailAccountSchema, 'output'),
  MailAccountInput: jsonSchema(model.MailAccountInputSchema, 'input'),
  ConnectionCheckRequest: jsonSchema(model.ConnectionCheckRequestSchema, 'input'),
  ConnectionCheckResult: jsonSchema(adapter.ConnectionCheckResultSchema, 'output'),
  OAuthSignInRequest: jsonSchema(adapter.OAuthSignInRequestSchema, 'input'),
  OAuthSignInResult: jsonSchema(adapter.OAuthSignInResultSchema, 'output'),
  ErrorBody: jsonSchema(ErrorBody, 'output'),
  CheckStreamLine: jsonSchema(CheckStreamLine, 'output'),
};

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema) => ({ 'application/json': { schema } });
const errorResponses = {
  default: { description: 'An error: `error.kind` says what failed (the status is only a fallback).', content: json(ref('ErrorBody')) },
};
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1 } };

/** One operation; `method` is the MailSetupAdapter method it serves. */
function operation(operationId, method, summary, { request, response, status = '200', parameters, stream } = {}) {
  return {
    operationId,
    'x-adapter-method': method,
    summary,
    ...(parameters ? { parameters } : {}),
    ...(request ? { requestBody: { required: true, content: json(ref(request)) } } : {}),
    responses: {
      [status]: response
        ? {
            description: stream
              ? 'Success; with `Accept: application/x-ndjson`, one JSON object per line as the check runs, each a CheckStreamLine'
              : 'Success',
            content: { ...json(response), ...(stream ? { 'application/x-ndjson': { schema: stream } } : {}) },
          }
        : { description: 'Deleted (any 2xx)' },
      ...errorResponses,
    },
  };
}

const document = {
  openapi: '3.1.0',
  info: {
    title: 'mail-provider-elements REST contract',
    version: pkg.version,
    description:
      "What `RestAdapter` sends and accepts. Paths are relative to the adapter's `baseUrl`. Prose, security and error mapping: docs/rest-contract.md.",
    license: { name: pkg.license, identifier: pkg.license },
  },
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  paths: {
    '/permissions': { get: operation('getPermissions', 'getPermissions', 'What the current user may do (R1)', { response: ref('Permissions') }) },
    '/sync-service': {
      get: operation('getSyncServiceStatus', 'getSyncServiceStatus', 'The Exchange Listener state (R2)', { response: ref('SyncServiceStatus') }),
    },
    '/providers': {
      get: operation('listProviders', 'listProviders', 'Every provider', { response: { type: 'array', items: ref('MailProvider') } }),
      post: operation('createProvider', 'saveProvider', 'Create a provider', {
        request: 'MailProviderInput',
        response: ref('MailProvider'),
        status: '201',
      }),
    },
    '/providers/by-domain/{domain}': {
      get: operation('findProviderByDomain', 'findProviderByDomain', 'The provider whose domains cover the domain, or null (R6)', {
        parameters: [{ name: 'domain', in: 'path', required: true, schema: { type: 'string' } }],
        response: { oneOf: [ref('MailProvider'), { type: 'null' }] },
      }),
    },
    '/providers/{id}': {
      put: operation('updateProvider', 'saveProvider', 'Update a provider', {
        parameters: [idParameter],
        request: 'MailProviderInput',
        response: ref('MailProvider'),
      }),
      delete: operation('deleteProvider', 'deleteProvider', 'Delete a provider; `in-use` while mailboxes use it (R15)', {
        parameters: [idParameter],
        status: '204',
      }),
    },
    '/accounts': {
      get: operation('listAccounts', 'listAccounts', "The current user's mailboxes", { response: { type: 'array', items: ref('MailAccount') } }),
      post: operation('createAccount', 'saveAccount', 'Add a mailbox', { request: 'MailAccountInput', response: ref('MailAccount'), status: '201' }),
    },
    '/accounts/{id}': {
      put: operation('updateAccount', 'saveAccount', 'Update a mailbox', {
        parameters: [idParameter],
        request: 'MailAccountInput',
        response: ref('MailAccount'),
      }),
      delete: operation('deleteAccount', 'deleteAccount', 'Delete a mailbox', { parameters: [idParameter], status: '204' }),
    },
    '/connection-checks': {
      post: operation('checkConnection', 'checkConnection', "Try a mailbox's settings before saving (B1)", {
        request: 'ConnectionCheckRequest',
        response: ref('ConnectionCheckResult'),
        stream: ref('CheckStreamLine'),
      }),
    },
    '/oauth/sign-in': {
      post: operation('signInWithOAuth', 'signInWithOAuth', 'Optional: run the OAuth 2.0 sign-in and return a grant reference', {
        request: 'OAuthSignInRequest',
        response: ref('OAuthSignInResult'),
      }),
    },
  },
  components: { schemas },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/openapi.json', `${JSON.stringify(document, null, 2)}\n`);
