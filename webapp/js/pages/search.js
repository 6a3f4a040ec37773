// Search results, as the server rendered them at /tim-kiem?q=… (and /en/tim-kiem): this script
// enhances the page. The filters are a GET form that works without it; here a choice of facet or
// sort submits at once, the price range is checked before it goes, the filter panel opens and
// closes on phones, and the address is kept short (no empty fields, no default sort).
//
// Every choice navigates to the new address rather than fetching the results and rebuilding the
// list: the server's page is the one rendering (no second renderer in JavaScript to keep in step),
// it is small and carries an ETag, back, forward and sharing work as they do for any page, and the
// browser holds the old page on screen until the new one paints, so nothing jumps (rebuilding the
// list on load was the 0.74 layout shift this page had).
// Hooks for the browser tests: form#search-form, #filters-toggle, #filter-panel,
// .facet-village[data-value], ul#search-results > .search-result a.search-result-link,
// body[data-state] (loading while the next page is asked for, ready otherwise).

import { mountLayout } from '/js/layout.js';
import { t } from '/js/i18n.js';
import { setPageState } from '/js/ui.js';

mountLayout({ active: 'search' });

/** Where focus was when a choice was made, to put it back on the page that answers it. */
const FOCUS_KEY = 'lnm.search.focus';
const PRICE_FIELDS = ['priceMinVnd', 'priceMaxVnd'];

const form = document.getElementById('search-form');
const list = document.getElementById('search-list');

if (form) enhance(form);
window.addEventListener('pageshow', (e) => {
  // back to a page kept in the browser's memory: it is no longer on its way out
  if (e.persisted) settle();
});
setPageState('ready');

function enhance(searchForm) {
  const toggle = document.getElementById('filters-toggle');
  const panel = document.getElementById('filter-panel');
  const done = panel.querySelector('.filters-done');
  const priceError = document.getElementById('price-form-error');
  let keyboardChoice = false;

  // ---- the filter panel on phones: the link to it becomes a button that opens and closes it ----
  const setOpen = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('is-open', open);
  };
  toggle.setAttribute('role', 'button');
  setOpen(location.hash === '#filter-panel');
  toggle.addEventListener('click', (e) => {
    e.preventDefault();
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) panel.querySelector('input, a, button')?.focus();
  });
  toggle.addEventListener('keydown', (e) => {
    if (e.key === ' ') {
      e.preventDefault();
      toggle.click();
    }
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && panel.classList.contains('is-open') && getComputedStyle(toggle).display !== 'none') {
      setOpen(false);
      toggle.focus();
    }
  });

  // ---- choices submit at once ----
  // Arrow keys move through radio buttons and change the choice on the way: from the keyboard the
  // choice waits for Enter (or the buttons at the end of the panel) rather than leaving the page
  // at the first arrow.
  searchForm.addEventListener('keydown', (e) => {
    if (e.target.type === 'radio') keyboardChoice = e.key.startsWith('Arrow');
  });
  searchForm.addEventListener('pointerdown', () => { keyboardChoice = false; });
  searchForm.addEventListener('change', (e) => {
    const field = e.target;
    if (PRICE_FIELDS.includes(field.name)) return; // typed: sent with Enter or "Áp dụng"
    if (field.type === 'radio' && keyboardChoice) return;
    submit(searchForm, field);
  });
  searchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    submit(searchForm, document.activeElement);
  });

  // "Xem … sản phẩm" under the filters on phones: the choices are already applied, so it closes
  // the panel and goes to the results (unless a price was typed and not yet sent).
  done?.addEventListener('click', (e) => {
    const typed = PRICE_FIELDS.some((name) => searchForm.elements[name].value !== searchForm.elements[name].defaultValue);
    const pending = [...searchForm.querySelectorAll('input[type="radio"]')].some((r) => r.checked !== r.defaultChecked);
    if (typed || pending) return;
    e.preventDefault();
    setOpen(false);
    document.getElementById('search-title').focus({ preventScroll: true });
    (document.getElementById('search-chips').firstElementChild ? document.getElementById('search-chips') : list)
      .scrollIntoView({ block: 'start' });
  });

  /** The price bounds as whole amounts ("200.000 ₫" is 200000), or a message saying what is wrong. */
  const readPrices = () => {
    for (const name of PRICE_FIELDS) searchForm.elements[name].removeAttribute('aria-invalid');
    priceError.textContent = '';
    const read = (name) => {
      const raw = searchForm.elements[name].value.replace(/[\s.,₫đ]/gi, '');
      return { raw, ok: raw === '' || /^\d{1,12}$/.test(raw) };
    };
    const min = read('priceMinVnd');
    const max = read('priceMaxVnd');
    let problem = null;
    if (!min.ok) problem = ['priceMinVnd', t('Giá từ phải là số tiền, ví dụ 200000.', 'The lowest price must be an amount, e.g. 200000.')];
    else if (!max.ok) problem = ['priceMaxVnd', t('Giá đến phải là số tiền, ví dụ 500000.', 'The highest price must be an amount, e.g. 500000.')];
    else if (min.raw && max.raw && Number(min.raw) > Number(max.raw)) {
      problem = ['priceMaxVnd', t('Giá đến phải lớn hơn hoặc bằng giá từ.', 'The highest price must not be below the lowest.')];
    }
    if (problem) {
      priceError.textContent = problem[1];
      searchForm.elements[problem[0]].setAttribute('aria-invalid', 'true');
      searchForm.elements[problem[0]].focus();
      return null;
    }
    const norm = (s) => (s === '' ? '' : String(Number(s)));
    return { priceMinVnd: norm(min.raw), priceMaxVnd: norm(max.raw) };
  };

  function submit(target, from) {
    const prices = readPrices();
    if (!prices) return;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(target)) {
      const v = PRICE_FIELDS.includes(name) ? prices[name] : String(value).trim();
      if (v && !(name === 'sort' && v === 'relevance')) params.set(name, v);
    }
    const query = params.toString();
    const url = `${new URL(target.action).pathname}${query ? `?${query}` : ''}`;
    rememberFocus(from, url);
    setPageState('loading');
    list?.setAttribute('aria-busy', 'true');
    list?.classList.add('is-loading');
    location.assign(url);
  }
}

function rememberFocus(element, url) {
  if (!element?.name && !element?.id) return;
  try {
    sessionStorage.setItem(FOCUS_KEY, JSON.stringify({
      url, id: element.type === 'radio' ? null : element.id || null, name: element.name, value: element.value,
    }));
  } catch {
    // private browsing without storage: focus simply starts at the top
  }
}

/** On the page a choice led to, focus goes back to that choice (keyboard and screen-reader users keep their place). */
function restoreFocus() {
  let saved = null;
  try {
    saved = JSON.parse(sessionStorage.getItem(FOCUS_KEY) || 'null');
    sessionStorage.removeItem(FOCUS_KEY);
  } catch {
    return;
  }
  if (!saved || saved.url !== location.pathname + location.search) return;
  const target = saved.id
    ? document.getElementById(saved.id)
    : form?.querySelector(`input[name="${CSS.escape(saved.name)}"][value="${CSS.escape(saved.value)}"]`);
  if (target && target.offsetParent !== null) target.focus();
}

function settle() {
  list?.removeAttribute('aria-busy');
  list?.classList.remove('is-loading');
  setPageState('ready');
}

restoreFocus();
