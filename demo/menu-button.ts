// A menu button (WAI-ARIA APG "Menu Button" pattern): the button opens a
// role=menu of role=menuitem buttons; arrow keys, Home and End move between
// items, Escape closes and returns focus to the button, Tab or a click outside
// closes it.

export function setUpMenuButton(button: HTMLButtonElement, menu: HTMLElement, onSelect: (item: HTMLElement) => void): void {
  const items = (): HTMLElement[] => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const isOpen = (): boolean => !menu.hidden;

  function open(focus: 'first' | 'last'): void {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const all = items();
    all[focus === 'first' ? 0 : all.length - 1]?.focus();
  }

  function close({ returnFocus }: { returnFocus: boolean }): void {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  }

  function moveFocus(step: number | 'first' | 'last'): void {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLElement);
    const next = step === 'first' ? 0 : step === 'last' ? all.length - 1 : (current + step + all.length) % all.length;
    all[next]?.focus();
  }

  button.addEventListener('click', () => {
    if (isOpen()) close({ returnFocus: true });
    else open('first');
  });

  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  });

  menu.addEventListener('keydown', (event) => {
    const moves: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      moveFocus(move);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close({ returnFocus: true });
    } else if (event.key === 'Tab') {
      // focus goes back to the button, then the browser's Tab moves on from there
      close({ returnFocus: true });
    }
  });

  // Menu items are <button>s, so Enter and Space click them.
  menu.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
    if (!item) return;
    close({ returnFocus: true });
    onSelect(item);
  });

  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (isOpen() && !menu.contains(target) && !button.contains(target)) close({ returnFocus: false });
  });
}
