// Issue 11, item 9: the note that appears when a pasted URL is normalised on blur
// moves nothing below it, so the first click after typing lands where it was aimed.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { description, getByRole } from '../helpers/queries.js';
import { click, formFixture, type } from './form-helpers.js';

/** Where each radio and checkbox of the form is, rounded to the pixel. */
function positions(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].map((input) => {
    const box = input.getBoundingClientRect();
    return `${input.id} ${Math.round(box.left)},${Math.round(box.top)}`;
  });
}

/** Types `text` into `field` as keystrokes, leaving focus in it. */
async function typeKeys(el: ProviderSettingsForm, field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

const cases = [
  { width: 390, locale: 'en', field: 'Mail service address', note: 'Changed to mail.contoso.com' },
  { width: 1280, locale: 'en', field: 'Mail service address', note: 'Changed to mail.contoso.com' },
  { width: 390, locale: 'ru', field: 'Адрес почтового сервиса', note: 'mail.contoso.com' },
];

describe('<provider-settings-form> normalisation note without layout shift (issue 11, item 9)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const c of cases) {
    it(`keeps the radios and checkboxes in place when the note appears on blur (${c.width} px, ${c.locale})`, async () => {
      await setViewport({ width: c.width, height: 900 });
      const { el, root } = await formFixture({}, { locale: c.locale });
      await waitUntil(() => root.textContent!.includes(c.field), `${c.locale} did not load`);
      const address = getByRole<HTMLInputElement>(root, 'textbox', c.field);
      await typeKeys(el, address, 'https://Mail.Contoso.com/EWS/Exchange.asmx');
      const before = positions(root);
      expect(before.length).to.be.above(5);
      // Leave the field as a pointer does: pressing the first radio below it.
      const loginFormat = root.querySelector<HTMLInputElement>('input[name="loginFormat"]:not(:checked)')!;
      loginFormat.focus();
      await el.updateComplete;
      const note = root.querySelector('[part="note"]')!;
      expect(note.textContent).to.contain(c.note);
      expect(description(address)).to.contain('mail.contoso.com');
      expect(address.value).to.equal('mail.contoso.com');
      expect(positions(root)).to.deep.equal(before);
      await expect(el).to.be.accessible();
    });
  }

  it('moves nothing when the field is left with Tab either, and the note goes once the value is edited', async () => {
    await setViewport({ width: 390, height: 900 });
    const { el, root } = await formFixture();
    const address = getByRole<HTMLInputElement>(root, 'textbox', 'Mail service address');
    await typeKeys(el, address, 'Mail.Contoso.COM.');
    const before = positions(root);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(address.value).to.equal('mail.contoso.com');
    expect(root.querySelector('[part="note"]')!.textContent).to.contain('Changed to mail.contoso.com');
    expect(positions(root)).to.deep.equal(before);
    await type(el, address, 'mail.fabrikam.com', false);
    expect(root.querySelector('[part="note"]')).to.equal(null);
  });

  it('an address that needs no change keeps no room and shows no note', async () => {
    const { el, root } = await formFixture();
    const address = getByRole<HTMLInputElement>(root, 'textbox', 'Mail service address');
    const before = positions(root);
    await typeKeys(el, address, 'mail.contoso.com');
    await click(el, getByRole(root, 'radio', 'Use email'));
    expect(root.querySelector('.note-room')).to.equal(null);
    expect(positions(root)).to.deep.equal(before);
  });
});
