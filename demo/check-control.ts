// The "Next connection check" demo control: what the backend's next connection
// check does — pass, or fail the way a real server fails, at its stage, with its
// words (the error translator's causes). It applies once, then returns to "Passes".
import type { InMemoryAdapter } from '../src/adapter/index.js';
import { DIAGNOSIS_CODES, type DiagnosisCode } from '../src/model/index.js';
import { h } from './dom.js';
import type { Locale } from './strings.js';

const labels: Record<Locale, { label: string; hint: string; passes: string; outcomes: Record<DiagnosisCode, string> }> = {
  en: {
    label: 'Replay a server failure (next check)',
    hint: 'Applies to the next check only.',
    passes: 'Passes',
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
    label: 'Повторить сбой сервера (следующая проверка)',
    hint: 'Действует только на следующую проверку.',
    passes: 'Успешна',
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

/**
 * Adds the control to the demo controls grid and wraps the adapter's check so
 * the chosen failure is armed right before the next check runs.
 */
export function setUpCheckControl(adapter: InMemoryAdapter, grid: Element, before: Element | null): { applyLocale(locale: Locale): void } {
  const select = h('select', { id: 'control-next-check', 'aria-describedby': 'control-next-check-hint' });
  const label = h('label', { for: 'control-next-check' });
  const hint = h('p', { id: 'control-next-check-hint', class: 'hint' });
  grid.insertBefore(h('div', { class: 'select' }, label, select, hint), before);

  const check = adapter.checkConnection.bind(adapter);
  adapter.checkConnection = (request, options) => {
    const code = select.value as DiagnosisCode | '';
    if (code !== '') {
      adapter.failNextCheck(code);
      select.value = '';
    }
    return check(request, options);
  };

  return {
    applyLocale(locale) {
      const text = labels[locale];
      const value = select.value;
      label.textContent = text.label;
      hint.textContent = text.hint;
      select.replaceChildren(
        h('option', { value: '' }, text.passes),
        ...DIAGNOSIS_CODES.map((code) => h('option', { value: code }, text.outcomes[code])),
      );
      select.value = value;
    },
  };
}
