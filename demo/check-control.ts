// The server replies the "Next connection check" control offers besides its plain
// outcomes: each fails a check the way a real server does, at its stage, with its
// words (the error translator's causes). The in-memory backend replays them; the
// reference server does not, so the REST demo leaves them out.
import { DEMO_CHECK_OUTCOMES } from '../src/adapter/index.js';
import { DIAGNOSIS_CODES, isOneOf, type DiagnosisCode } from '../src/model/index.js';
import { h } from './dom.js';
import type { Locale } from './strings.js';

const labels: Record<Locale, { group: string; outcomes: Record<DiagnosisCode, string> }> = {
  en: {
    group: 'Server replies (error translator)',
    outcomes: {
      'entra-single-tenant-common': 'AADSTS50194 — single-tenant app, common endpoint',
      'entra-consent-missing': 'AADSTS65001 — consent not granted',
      'entra-secret-invalid': 'AADSTS7000215 — invalid client secret',
      'entra-secret-expired': 'AADSTS7000222 — client secret expired',
      'entra-app-not-found': 'AADSTS700016 — app not in the tenant',
      'entra-wrong-credentials': 'AADSTS50126 — wrong user name or password',
      'oauth-grant-expired': 'invalid_grant — sign-in expired',
      'smtp-auth-unsuccessful': 'SMTP 535 5.7.3 — authentication unsuccessful',
      'smtp-auth-disabled': 'SMTP 535 5.7.139 — SMTP AUTH disabled',
      'smtp-basic-not-supported': 'SMTP 550 5.7.30 — Basic not supported',
      'smtp-storedrv-submission': 'SMTP 554 5.2.0 STOREDRV — submission refused',
      'imap-authenticate-failed': 'IMAP AUTHENTICATE failed',
      'imap-not-connected': 'IMAP — authenticated but not connected',
      'tls-expired': 'TLS — certificate expired',
      'tls-wrong-host': 'TLS — certificate for another name',
      'tls-self-signed': 'TLS — self-signed certificate',
      'dns-not-found': 'DNS — name not found',
      'connection-refused': 'Connection refused',
      timeout: 'Timeout',
    },
  },
  ru: {
    group: 'Ответы сервера (переводчик ошибок)',
    outcomes: {
      'entra-single-tenant-common': 'AADSTS50194 — однотенантное приложение, общая точка входа',
      'entra-consent-missing': 'AADSTS65001 — нет согласия',
      'entra-secret-invalid': 'AADSTS7000215 — неверный секрет клиента',
      'entra-secret-expired': 'AADSTS7000222 — секрет клиента истек',
      'entra-app-not-found': 'AADSTS700016 — приложения нет в клиенте (tenant)',
      'entra-wrong-credentials': 'AADSTS50126 — неверное имя или пароль',
      'oauth-grant-expired': 'invalid_grant — вход истек',
      'smtp-auth-unsuccessful': 'SMTP 535 5.7.3 — вход не выполнен',
      'smtp-auth-disabled': 'SMTP 535 5.7.139 — SMTP AUTH отключен',
      'smtp-basic-not-supported': 'SMTP 550 5.7.30 — Basic не поддерживается',
      'smtp-storedrv-submission': 'SMTP 554 5.2.0 STOREDRV — отправка отклонена',
      'imap-authenticate-failed': 'IMAP AUTHENTICATE failed',
      'imap-not-connected': 'IMAP — вход выполнен, ящик не открыт',
      'tls-expired': 'TLS — сертификат истек',
      'tls-wrong-host': 'TLS — сертификат для другого имени',
      'tls-self-signed': 'TLS — самоподписанный сертификат',
      'dns-not-found': 'DNS — имя не найдено',
      'connection-refused': 'В подключении отказано',
      timeout: 'Тайм-аут',
    },
  },
};

/** Adds the replies to the select as one option group, relabelled with the page's language. */
export function addServerReplies(select: HTMLSelectElement): { applyLocale(locale: Locale): void } {
  const group = h('optgroup', {});
  // Codes the plain outcomes already name (DNS, refused, TLS expired, timeout) are offered once, there.
  const replies = DIAGNOSIS_CODES.filter((code) => !isOneOf(DEMO_CHECK_OUTCOMES, code));
  group.append(...replies.map((code) => h('option', { value: code })));
  select.append(group);
  return {
    applyLocale(locale) {
      const text = labels[locale];
      group.setAttribute('label', text.group);
      for (const option of group.querySelectorAll('option')) option.textContent = text.outcomes[option.value as DiagnosisCode];
    },
  };
}
