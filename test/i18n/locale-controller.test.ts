import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { loadMessages } from '../../src/i18n/locale.js';
import { nearestLang, resolveLocale } from '../../src/i18n/locale-controller.js';
import { langObserverStats } from '../../src/i18n/lang-observer.js';
import { at } from '../helpers/at.js';
import { settle, type LocaleProbe } from './probe.js';
import './probe.js';

describe('LocaleController', () => {
  let documentLang: string;

  before(async () => {
    await loadMessages('ru'); // loading itself is tested in locale-controller-loading.test.ts
  });
  beforeEach(() => {
    documentLang = document.documentElement.lang;
    document.documentElement.lang = '';
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  it('speaks English when nothing says otherwise', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(el.i18n.locale).to.equal('en');
    expect(el.text).to.equal('Next');
  });

  it('follows the document’s lang', async () => {
    document.documentElement.lang = 'ru-RU';
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(el.i18n.locale).to.equal('ru');
    expect(el.text).to.equal('Далее');
  });

  it('lets the locale property win over lang', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="ru"><locale-probe .locale=${'en'}></locale-probe></div>`);
    const el = wrapper.querySelector('locale-probe')!;
    await el.updateComplete;
    expect(el.text).to.equal('Next');

    const other = await fixture<LocaleProbe>(html`<locale-probe lang="en" .locale=${'ru'}></locale-probe>`);
    expect(other.text).to.equal('Далее');
  });

  it('uses the element’s own lang before an ancestor’s', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="en"><locale-probe lang="ru"></locale-probe></div>`);
    const el = wrapper.querySelector('locale-probe')!;
    await el.updateComplete;
    expect(el.text).to.equal('Далее');
  });

  it('finds the nearest lang through shadow roots', async () => {
    const outer = fixtureSync<HTMLElement>(html`<div lang="ru"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><locale-probe></locale-probe></section>';
    const el = root.querySelector('locale-probe')!;
    await el.updateComplete;
    expect(nearestLang(el)).to.equal('ru');
    expect(el.text).to.equal('Далее');
  });

  it('ignores an empty lang and keeps looking outwards', () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="ru"><p lang=""><locale-probe></locale-probe></p></div>`);
    const el = wrapper.querySelector('locale-probe')!;
    expect(resolveLocale(el)).to.equal('ru');
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="en"><article><locale-probe></locale-probe></article></div>`);
    const el = wrapper.querySelector('locale-probe')!;
    await el.updateComplete;
    expect(el.text).to.equal('Next');

    wrapper.setAttribute('lang', 'ru');
    await settle(el);
    expect(el.text).to.equal('Далее');

    wrapper.removeAttribute('lang');
    await settle(el);
    expect(el.text).to.equal('Next');
  });

  it('re-renders when lang changes inside an enclosing shadow root', async () => {
    const outer = fixtureSync<HTMLElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="en"><locale-probe></locale-probe></section>';
    const el = root.querySelector('locale-probe')!;
    await el.updateComplete;
    expect(el.text).to.equal('Next');

    root.querySelector('section')!.lang = 'ru';
    await settle(el);
    expect(el.text).to.equal('Далее');

    outer.lang = 'en'; // farther away than the section: the section still wins
    await settle(el);
    expect(el.text).to.equal('Далее');
  });

  it('re-renders when the locale property changes', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    el.locale = 'ru';
    await el.updateComplete;
    expect(el.text).to.equal('Далее');
    expect(el.i18n.locale).to.equal('ru');
    el.locale = undefined;
    await el.updateComplete;
    expect(el.text).to.equal('Next');
  });

  it('does not re-render for a lang change that does not change the locale', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="ru"><locale-probe></locale-probe></div>`);
    const el = wrapper.querySelector('locale-probe')!;
    await el.updateComplete;
    const renders = el.rendered.length;
    wrapper.setAttribute('lang', 'ru-RU');
    await settle(el);
    expect(el.rendered.length).to.equal(renders);
  });

  it('formats issues and adapter errors in the current locale', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe .locale=${'ru'}></locale-probe>`);
    expect(el.i18n.format({ code: 'required' })).to.equal('Заполните это поле.');
    expect(el.i18n.format(undefined)).to.equal('');
    expect(el.i18n.describe(new Error('x')).title).to.equal('Что-то пошло не так.');
    expect(el.i18n.t).to.equal(el.i18n.messages);
  });

  it('stops observing and updating after disconnect, and resumes on reconnect', async () => {
    const baseline = langObserverStats();
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="en"><locale-probe></locale-probe></div>`);
    const el = wrapper.querySelector('locale-probe')!;
    await el.updateComplete;
    expect(langObserverStats().listeners).to.equal(baseline.listeners + 1);

    el.remove();
    expect(langObserverStats().listeners).to.equal(baseline.listeners);
    const renders = el.rendered.length;
    wrapper.setAttribute('lang', 'ru');
    await settle(el);
    expect(el.rendered.length).to.equal(renders);
    expect(el.text).to.equal('Next');

    wrapper.append(el);
    await settle(el);
    expect(el.text).to.equal('Далее');
  });

  it('releases shadow roots and the observer when the last element goes', async () => {
    const outer = fixtureSync<HTMLElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<locale-probe></locale-probe><locale-probe></locale-probe>';
    const probes = root.querySelectorAll('locale-probe');
    const [a, b] = [at(probes, 0), at(probes, 1)];
    await a.updateComplete;
    const stats = langObserverStats();
    expect(stats.observing).to.equal(true);
    a.remove();
    expect(langObserverStats().targets).to.equal(stats.targets); // b still needs the root
    b.remove();
    // Nothing else in this test file is connected now, so nothing should be observed.
    expect(langObserverStats()).to.deep.equal({ listeners: 0, targets: 0, observing: false });
  });
});
