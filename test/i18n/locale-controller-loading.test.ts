import { expect, fixtureSync, html } from '@open-wc/testing';
import { messagesSync } from '../../src/i18n/locale.js';
import { at } from '../helpers/at.js';
import { settle } from './probe.js';
import './probe.js';

// Its own file (its own page), so Russian is not loaded when it starts.
describe('LocaleController while a locale loads', () => {
  it('keeps rendering English, then re-renders in Russian; hosts that left or switched back meanwhile are not updated', async () => {
    expect(messagesSync('ru')).to.equal(undefined);
    const wrapper = fixtureSync(html`<div lang="ru"><locale-probe></locale-probe><locale-probe></locale-probe><locale-probe></locale-probe></div>`);
    const probes = wrapper.querySelectorAll('locale-probe');
    const [el, gone, back] = [at(probes, 0), at(probes, 1), at(probes, 2)];
    await el.updateComplete;
    back.locale = 'en';
    await back.updateComplete;
    const backRenders = back.rendered.length;

    expect(el.text).to.equal('Next');
    expect(el.i18n.locale).to.equal('en');
    gone.remove();
    const goneRenders = gone.rendered.length;

    await el.i18n.ready;
    await el.updateComplete;
    expect(el.text).to.equal('Далее');
    expect(el.i18n.locale).to.equal('ru');
    // never blank: every render had text
    expect(el.rendered).to.deep.equal(['Next', 'Далее']);

    await settle(gone);
    expect(gone.rendered.length).to.equal(goneRenders);
    expect(gone.i18n.locale).to.equal('en');

    await settle(back);
    expect(back.rendered.length).to.equal(backRenders);
    expect(back.text).to.equal('Next');

    wrapper.append(gone);
    await settle(gone);
    expect(gone.text).to.equal('Далее');
  });
});
