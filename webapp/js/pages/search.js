// Search: results of GET /api/search with facets as filters, removable chips, sort and paging.
// Every choice lives in the address (?q=&village=&…&page=), so back, forward and sharing work;
// links inside the page are followed without a reload and the results re-rendered.
// Hooks for the browser test: ul#search-results > .search-result a.search-result-link,
// a.facet-village[data-value], body[data-state] (loading while fetching, ready or error after).

import { ApiError, get, translate } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { ratingLine } from '/js/rating.js';
import {
  h, fill, loading, errorBox, ocopBadge, pager, setPageState, setRichText, setTitle, formatVnd, formatNumber, soldText,
} from '/js/ui.js';

mountLayout({ active: 'search' });

const PAGE_SIZE = 24;
const SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'rating'];
const FILTERS = ['category', 'village', 'commune', 'priceMinVnd', 'priceMaxVnd', 'ocopMin', 'ratingMin'];
/** Panel lists longer than this show a "Xem thêm" button. */
const SHORT_LIST = 8;
const GROUP_NAMES = {
  village: 'Làng nghề', category: 'Danh mục', commune: 'Xã, phường', price: 'Giá', ocop: 'OCOP', rating: 'Đánh giá',
};
const FIELD_NAMES = {
  q: 'Từ khoá', category: 'Danh mục', village: 'Làng nghề', commune: 'Xã, phường', priceMinVnd: 'Giá từ',
  priceMaxVnd: 'Giá đến', ocopMin: 'Sao OCOP', ratingMin: 'Đánh giá', sort: 'Sắp xếp', page: 'Trang', size: 'Số kết quả mỗi trang',
};

const title = document.getElementById('search-title');
const summary = document.getElementById('search-summary');
const message = document.getElementById('search-message');
const body = document.getElementById('search-body');
const toggle = document.getElementById('filters-toggle');
const sortSelect = document.getElementById('search-sort');
const villageGroup = document.getElementById('facet-village-group');
const panel = document.getElementById('filter-panel');
const chipsBox = document.getElementById('search-chips');
const list = document.getElementById('search-list');

/** Labels met in earlier answers, so a chip still has a name when its facet value is gone. */
const knownLabels = { village: new Map(), category: new Map(), commune: new Map(), price: new Map(), rating: new Map() };
/** Panel groups the shopper expanded with "Xem thêm". */
const expanded = new Set();
let panelOpen = false;
let running = null;
let villagesPromise = null;

// ---- the address ----

function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const text = (name) => (p.get(name) || '').trim();
  const pageNumber = Number.parseInt(p.get('page') || '1', 10);
  const state = { q: text('q'), sort: SORTS.includes(text('sort')) ? text('sort') : 'relevance' };
  for (const name of FILTERS) state[name] = text(name);
  state.page = Number.isFinite(pageNumber) && pageNumber >= 1 ? pageNumber - 1 : 0;
  return state;
}

/** The address of the search page for a state; page is 0-based here, 1-based in the address. */
function urlFor(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const name of FILTERS) if (state[name]) p.set(name, state[name]);
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 0) p.set('page', String(state.page + 1));
  const query = p.toString();
  return `/search.html${query ? `?${query}` : ''}`;
}

/** The same search with some fields changed; any change of filter or sort goes back to page 1. */
function withChanges(state, changes) {
  return { ...state, page: 0, ...changes };
}

function apiPath(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const name of FILTERS) if (state[name]) p.set(name, state[name]);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  p.set('page', String(state.page));
  p.set('size', String(PAGE_SIZE));
  return `/api/search?${p}`;
}

function activeFilterCount(state) {
  const groups = ['category', 'village', 'commune', 'ocopMin', 'ratingMin'].filter((name) => state[name]);
  return groups.length + (state.priceMinVnd || state.priceMaxVnd ? 1 : 0);
}

/** A price band "200000-500000" covers [200000, 500000); the filter's bounds are inclusive. */
function bandBounds(value) {
  const [from, to] = String(value).split('-');
  const min = Number(from) > 0 ? String(Number(from)) : '';
  const max = to ? String(Number(to) - 1) : '';
  return { priceMinVnd: min, priceMaxVnd: max };
}

function priceText(min, max) {
  if (min && max) return `${formatVnd(min)} – ${formatVnd(max)}`;
  if (min) return `Từ ${formatVnd(min)}`;
  return `Đến ${formatVnd(max)}`;
}

// ---- links inside the page ----

/** Follows links to the search page without reloading; `data-focus` names what gets focus after. */
document.querySelector('main').addEventListener('click', (e) => {
  const link = e.target.closest('a[href]');
  if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (link.target && link.target !== '_self') return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname !== '/search.html') return;
  e.preventDefault();
  go(url.pathname + url.search, link.dataset.focus || 'title');
});

window.addEventListener('popstate', () => load({ focus: null }));

function go(url, focus = 'title') {
  setPageState('loading');
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
  load({ focus });
}

sortSelect.addEventListener('change', () => {
  go(urlFor(withChanges(readState(), { sort: sortSelect.value })), 'sort');
});

function setPanelOpen(open) {
  panelOpen = open;
  toggle.setAttribute('aria-expanded', String(open));
  panel.classList.toggle('is-open', open);
}

/** Phones: the "Xem … sản phẩm" button under the filters closes them and goes to the results. */
function closePanel() {
  setPanelOpen(false);
  title.focus({ preventScroll: true });
  (chipsBox.firstChild ? chipsBox : list).scrollIntoView({ block: 'start' });
}

toggle.addEventListener('click', () => {
  setPanelOpen(!panelOpen);
  if (panelOpen) panel.querySelector('a, button, input')?.focus();
});

panel.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && panelOpen && getComputedStyle(toggle).display !== 'none') {
    setPanelOpen(false);
    toggle.focus();
  }
});

// ---- loading ----

async function load({ focus = null } = {}) {
  const state = readState();
  running?.abort();
  const controller = new AbortController();
  running = controller;
  setPageState('loading');

  const headerBox = document.getElementById('site-search-q');
  if (headerBox && document.activeElement !== headerBox) headerBox.value = state.q;
  setTitle(state.q ? `Tìm “${state.q}”` : 'Tìm kiếm');
  title.textContent = state.q ? `Kết quả cho «${state.q}»` : 'Tất cả sản phẩm';

  // Before the first answer (or after a failure) there is nothing to dim: say we are searching.
  if (body.hidden) fill(message, loading('Đang tìm…'));
  list.setAttribute('aria-busy', 'true');
  list.classList.add('is-loading');

  let results;
  try {
    results = await get(apiPath(state), { signal: controller.signal });
  } catch (e) {
    if (e?.name === 'AbortError' || controller.signal.aborted) return;
    await showFailure(e, state);
    settle(controller, 'error', focus);
    return;
  }
  remember(results.facets);
  await learnLabels(state);
  if (controller.signal.aborted) return;
  fill(message);
  body.hidden = false;
  render(state, results);
  if (!results.total) await emptyPage(state, results, controller.signal);
  if (controller.signal.aborted) return;
  settle(controller, 'ready', focus);
}

function settle(controller, pageState, focus) {
  if (running !== controller) return;
  list.removeAttribute('aria-busy');
  list.classList.remove('is-loading');
  running = null;
  restoreFocus(focus);
  setPageState(pageState);
}

function restoreFocus(focus) {
  if (!focus) return;
  if (focus === 'sort') {
    sortSelect.focus();
    return;
  }
  const target = focus !== 'title' && document.querySelector(`[data-focus="${CSS.escape(focus)}"]`);
  if (target && target.offsetParent !== null) {
    target.focus();
    return;
  }
  title.focus({ preventScroll: true });
  if (title.getBoundingClientRect().top < 0) title.scrollIntoView();
}

// ---- rendering ----

function render(state, results) {
  const pages = Math.max(1, Math.ceil(results.total / results.size));
  summary.textContent = results.total
    ? `${formatNumber(results.total)} sản phẩm${pages > 1 ? ` · trang ${results.page + 1}/${pages}` : ''}`
    : 'Không có sản phẩm nào';
  sortSelect.value = state.sort;

  const count = activeFilterCount(state);
  toggle.textContent = count ? `Bộ lọc (${count})` : 'Bộ lọc';
  setPanelOpen(panelOpen);

  const facets = results.facets || {};
  fill(villageGroup, villageFacet(state, facets.village || []));
  fill(panel,
    listFacet(state, 'category', facets.category || []),
    priceFacet(state, facets.price || []),
    ocopFacet(state, facets.ocop || []),
    ratingFacet(state, facets.rating || []),
    listFacet(state, 'commune', facets.commune || []));
  if (!panel.children.length) panel.append(h('p', { class: 'muted small' }, 'Không có bộ lọc nào thêm cho kết quả này.'));
  panel.append(h('button', { type: 'button', class: 'btn btn-small filters-done', onclick: closePanel },
    results.total ? `Xem ${formatNumber(results.total)} sản phẩm` : 'Đóng bộ lọc'));

  const chips = filterChips(state);
  fill(chipsBox, chips.length && results.total ? chips.element : null);

  if (!results.total) {
    fill(list);
    return;
  }
  if (!results.items.length) {
    fill(list, h('div', { class: 'notice notice-info' },
      h('h3', {}, 'Trang này không còn kết quả'),
      h('p', {}, `Kết quả chỉ có ${formatNumber(pages)} trang.`),
      h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary btn-small', href: urlFor({ ...state, page: 0 }) }, 'Về trang đầu'))));
    return;
  }
  fill(list,
    h('ul', { id: 'search-results', class: 'product-grid search-results' }, results.items.map(resultCard)),
    pager(results, (page) => urlFor({ ...state, page })));
}

function remember(facets = {}) {
  for (const name of ['village', 'category', 'commune']) {
    for (const v of facets[name] || []) knownLabels[name].set(v.value, v.label);
  }
  for (const v of facets.price || []) {
    const bounds = bandBounds(v.value);
    knownLabels.price.set(`${bounds.priceMinVnd}-${bounds.priceMaxVnd}`, v.label);
  }
}

/**
 * Names for chosen filters the answer does not mention (nothing found, or an address shared from
 * elsewhere): villages and communes from the village list, categories from the category tree.
 */
async function learnLabels(state) {
  const missing = (group) => state[group] && !knownLabels[group].has(state[group]);
  const jobs = [];
  if (missing('village') || missing('commune')) {
    jobs.push(villages().then((all) => {
      for (const v of all) {
        if (!knownLabels.village.has(v.slug)) knownLabels.village.set(v.slug, v.name);
        if (v.commune?.code && !knownLabels.commune.has(v.commune.code)) knownLabels.commune.set(v.commune.code, v.commune.name);
      }
    }));
  }
  if (missing('category')) {
    jobs.push(get('/api/categories').then((tree) => {
      const walk = (nodes) => {
        for (const n of nodes || []) {
          if (!knownLabels.category.has(n.slug)) knownLabels.category.set(n.slug, n.name);
          walk(n.children);
        }
      };
      walk(tree);
    }).catch(() => {}));
  }
  await Promise.all(jobs);
}

function labelOf(group, value) {
  return knownLabels[group].get(value) || value;
}

function resultCard(item) {
  const href = `/product.html?slug=${encodeURIComponent(item.slug)}`;
  const link = h('a', { class: 'search-result-link', href });
  // The server marks the matched words in `highlight` and escapes everything else.
  if (item.highlight) setRichText(link, item.highlight);
  else link.textContent = item.title;
  const img = item.imageUrl
    ? h('img', { src: item.imageUrl, alt: '', loading: 'lazy', decoding: 'async', width: 400, height: 400 })
    : h('img', { src: '/img/no-photo.svg', alt: '', width: 400, height: 400 });
  const where = [item.shopName, item.villageName].filter(Boolean).join(' · ');
  return h('li', { class: 'search-result', dataset: { slug: item.slug } },
    h('article', { class: 'card product-card' },
      h('div', { class: 'media' }, img),
      ocopBadge(item.ocopStars),
      h('div', { class: 'body' },
        h('h3', {}, link),
        h('span', { class: 'spacer' }),
        h('p', { class: 'price' }, item.priceVnd != null ? formatVnd(item.priceVnd) : 'Chưa có giá'),
        ratingLine(item.rating),
        item.soldCount > 0 ? h('p', { class: 'meta sold-count' }, soldText(item.soldCount)) : null,
        where ? h('p', { class: 'meta' }, where) : null)));
}

/** One option of a facet: a link to the search with the option applied (or removed when chosen). */
function facetOption({ group, value, label, count, selected, href, extraClass = '', hidden = false }) {
  return h('li', { hidden },
    h('a', {
      class: `facet-option facet-${group}${extraClass ? ` ${extraClass}` : ''}`,
      href,
      'aria-current': selected ? 'true' : null,
      dataset: { value, focus: `${group}:${value}` },
    },
    h('span', { class: 'facet-label' }, label),
    selected ? h('span', { class: 'visually-hidden' }, ' (đang chọn, bấm để bỏ)') : null,
    count != null
      ? h('span', { class: 'count' }, h('span', { class: 'visually-hidden' }, ': '), formatNumber(count),
        h('span', { class: 'visually-hidden' }, ' sản phẩm'))
      : null));
}

function groupBox(group, heading, listEl, ...extra) {
  const id = `facet-${group}-title`;
  return h('section', { class: `facet-group facet-group-${group}`, 'aria-labelledby': id },
    h('h3', { id }, heading), listEl, ...extra);
}

/** Shows the selected value first even when the current answer no longer counts it. */
function withSelected(values, group, selectedValue) {
  if (!selectedValue || values.some((v) => v.value === selectedValue)) return values;
  return [{ value: selectedValue, label: labelOf(group, selectedValue), count: 0 }, ...values];
}

/** The craft villages: always in view (a row to swipe on phones, the first group on wide screens). */
function villageFacet(state, values) {
  const all = withSelected(values, 'village', state.village);
  if (!all.length) return null;
  const items = all.map((v) => facetOption({
    group: 'village', value: v.value, label: v.label, count: v.count, selected: state.village === v.value,
    href: urlFor(withChanges(state, { village: state.village === v.value ? '' : v.value })),
  }));
  return groupBox('village', GROUP_NAMES.village, h('ul', { class: 'facet-list facet-rail' }, items));
}

function listFacet(state, group, values) {
  const all = withSelected(values, group, state[group]);
  if (!all.length) return null;
  const long = all.length > SHORT_LIST && !expanded.has(group);
  const items = all.map((v, i) => facetOption({
    group, value: v.value, label: v.label, count: v.count, selected: state[group] === v.value,
    href: urlFor(withChanges(state, { [group]: state[group] === v.value ? '' : v.value })),
    hidden: long && i >= SHORT_LIST && state[group] !== v.value,
  }));
  const listEl = h('ul', { class: 'facet-list', id: `facet-${group}-list` }, items);
  const more = all.length > SHORT_LIST
    ? h('button', {
      type: 'button', class: 'btn btn-quiet btn-small facet-more', 'aria-expanded': String(!long),
      'aria-controls': listEl.id,
    }, long ? `Xem thêm ${formatNumber(all.length - SHORT_LIST)}` : 'Thu gọn')
    : null;
  more?.addEventListener('click', () => {
    const open = !expanded.has(group);
    if (open) expanded.add(group); else expanded.delete(group);
    items.forEach((li, i) => {
      if (i >= SHORT_LIST) li.hidden = !open && !li.querySelector('[aria-current]');
    });
    more.setAttribute('aria-expanded', String(open));
    more.textContent = open ? 'Thu gọn' : `Xem thêm ${formatNumber(all.length - SHORT_LIST)}`;
  });
  return groupBox(group, GROUP_NAMES[group], listEl, more);
}

function priceFacet(state, values) {
  const items = values.map((v) => {
    const bounds = bandBounds(v.value);
    const selected = bounds.priceMinVnd === state.priceMinVnd && bounds.priceMaxVnd === state.priceMaxVnd;
    return facetOption({
      group: 'price', value: v.value, label: v.label, count: v.count, selected,
      href: urlFor(withChanges(state, selected ? { priceMinVnd: '', priceMaxVnd: '' } : bounds)),
    });
  });
  return groupBox('price', GROUP_NAMES.price,
    items.length ? h('ul', { class: 'facet-list' }, items) : null,
    priceForm(state));
}

/** A price range of the shopper's own: "Từ … đến … ₫". */
function priceForm(state) {
  const input = (name, label) => {
    const id = `price-${name}`;
    return h('div', { class: 'price-input' },
      h('label', { for: id }, label),
      h('input', {
        id, name, type: 'text', inputmode: 'numeric', autocomplete: 'off', value: state[name] || null,
        placeholder: name === 'priceMinVnd' ? '0' : 'không giới hạn', 'aria-describedby': 'price-form-error',
      }));
  };
  const error = h('p', { class: 'field-error', id: 'price-form-error' });
  const form = h('form', { class: 'price-form', 'aria-label': 'Khoảng giá tuỳ chọn', novalidate: true },
    h('div', { class: 'price-inputs' }, input('priceMinVnd', 'Từ (₫)'), input('priceMaxVnd', 'Đến (₫)')),
    error,
    h('button', { type: 'submit', class: 'btn btn-secondary btn-small', dataset: { focus: 'price-form' } }, 'Áp dụng'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const read = (name) => {
      const raw = form.elements[name].value.replace(/[\s.,₫đ]/gi, '');
      return { raw, ok: raw === '' || /^\d{1,12}$/.test(raw) };
    };
    const min = read('priceMinVnd');
    const max = read('priceMaxVnd');
    for (const el of form.querySelectorAll('input')) el.removeAttribute('aria-invalid');
    let problem = null;
    if (!min.ok) problem = ['priceMinVnd', 'Giá từ phải là số tiền, ví dụ 200000.'];
    else if (!max.ok) problem = ['priceMaxVnd', 'Giá đến phải là số tiền, ví dụ 500000.'];
    else if (min.raw && max.raw && Number(min.raw) > Number(max.raw)) problem = ['priceMaxVnd', 'Giá đến phải lớn hơn hoặc bằng giá từ.'];
    if (problem) {
      error.textContent = problem[1];
      form.elements[problem[0]].setAttribute('aria-invalid', 'true');
      form.elements[problem[0]].focus();
      return;
    }
    error.textContent = '';
    const norm = (s) => (s === '' ? '' : String(Number(s)));
    go(urlFor(withChanges(readState(), { priceMinVnd: norm(min.raw), priceMaxVnd: norm(max.raw) })), 'price-form');
  });
  return form;
}

/** OCOP stars as "at least n": the facet counts each star level, so the counts add up upwards. */
function ocopFacet(state, values) {
  const levels = values
    .map((v) => ({ stars: Number(v.value), count: v.count }))
    .filter((v) => v.stars >= 1 && v.stars <= 5)
    .sort((a, b) => b.stars - a.stars);
  if (state.ocopMin && !levels.some((l) => String(l.stars) === state.ocopMin)) {
    const n = Number(state.ocopMin);
    if (n >= 1 && n <= 5) levels.push({ stars: n, count: 0 });
    levels.sort((a, b) => b.stars - a.stars);
  }
  if (!levels.length) return null;
  let atLeast = 0;
  const items = levels.map((l) => {
    atLeast += l.count;
    const value = String(l.stars);
    const selected = state.ocopMin === value;
    const li = facetOption({
      group: 'ocop', value, label: `Từ ${l.stars} sao`, count: atLeast, selected,
      href: urlFor(withChanges(state, { ocopMin: selected ? '' : value })),
    });
    li.querySelector('.facet-label').append(' ', h('span', { class: 'stars', 'aria-hidden': 'true' }, '★'.repeat(l.stars)));
    return li;
  }).reverse();
  return groupBox('ocop', 'Sản phẩm OCOP', h('ul', { class: 'facet-list' }, items));
}

/** Buyers' ratings, "n★ and up" (the server counts each choice). */
function ratingFacet(state, values) {
  const all = withSelected(values, 'rating', state.ratingMin);
  if (!all.length) return null;
  const items = all.map((v) => facetOption({
    group: 'rating', value: v.value, label: `Từ ${v.value}★ trở lên`, count: v.count, selected: state.ratingMin === v.value,
    href: urlFor(withChanges(state, { ratingMin: state.ratingMin === v.value ? '' : v.value })),
  }));
  return groupBox('rating', 'Đánh giá của người mua', h('ul', { class: 'facet-list' }, items));
}

/** The filters in use, each a chip that removes it; "Xoá tất cả" when there are several. */
function filterChips(state) {
  const chips = [];
  const chip = (group, label, changes) => chips.push(h('li', {},
    h('a', {
      class: 'chip', href: urlFor(withChanges(state, changes)), dataset: { focus: 'title' },
      'aria-label': `Bỏ lọc ${GROUP_NAMES[group].toLowerCase()}: ${label}`,
    },
    h('span', { class: 'chip-group', 'aria-hidden': 'true' }, `${GROUP_NAMES[group]}: `), label,
    h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'))));
  if (state.village) chip('village', labelOf('village', state.village), { village: '' });
  if (state.category) chip('category', labelOf('category', state.category), { category: '' });
  if (state.commune) chip('commune', labelOf('commune', state.commune), { commune: '' });
  if (state.priceMinVnd || state.priceMaxVnd) {
    const band = knownLabels.price.get(`${state.priceMinVnd}-${state.priceMaxVnd}`);
    chip('price', band || priceText(state.priceMinVnd, state.priceMaxVnd), { priceMinVnd: '', priceMaxVnd: '' });
  }
  if (state.ocopMin) chip('ocop', `từ ${state.ocopMin} sao`, { ocopMin: '' });
  if (state.ratingMin) chip('rating', `từ ${state.ratingMin}★`, { ratingMin: '' });
  if (!chips.length) return { length: 0, element: null };
  const cleared = Object.fromEntries(FILTERS.map((name) => [name, '']));
  const all = chips.length > 1
    ? h('li', {}, h('a', { class: 'chip chip-clear', href: urlFor(withChanges(state, cleared)), dataset: { focus: 'title' } }, 'Xoá tất cả bộ lọc'))
    : null;
  return {
    length: chips.length,
    element: h('ul', { class: 'chip-list', 'aria-label': 'Bộ lọc đang dùng' }, chips, all),
  };
}

// ---- nothing found, and failures ----

function villages() {
  villagesPromise ??= get('/api/craft-villages').catch(() => {
    villagesPromise = null;
    return [];
  });
  return villagesPromise;
}

function villageLinks(list) {
  if (!list.length) return null;
  return h('ul', { class: 'village-links' }, list.map((v) => h('li', {},
    h('a', { href: `/village.html?slug=${encodeURIComponent(v.slug)}` }, v.name),
    v.craft ? h('span', { class: 'muted' }, ` · ${v.craft}`) : null)));
}

async function emptyPage(state, results, signal) {
  const filtered = activeFilterCount(state) > 0;
  const box = h('div', { class: 'search-empty notice notice-empty', id: 'search-empty' },
    h('h2', {}, state.q ? `Không tìm thấy sản phẩm nào cho «${state.q}»` : 'Không có sản phẩm nào khớp các bộ lọc'),
    results.didYouMean
      ? h('p', { class: 'did-you-mean' }, 'Có phải bạn muốn tìm: ',
        h('a', { href: urlFor(withChanges(state, { q: results.didYouMean })), id: 'did-you-mean' }, results.didYouMean), '?')
      : null,
    filtered
      ? h('div', { class: 'empty-filters' },
        h('p', {}, state.q ? 'Bạn đang dùng bộ lọc; thử bỏ bớt để xem thêm kết quả:' : 'Thử bỏ bớt bộ lọc:'),
        filterChips(state).element)
      : null,
    h('ul', { class: 'search-tips' },
      h('li', {}, 'Kiểm tra lại chính tả. Không cần gõ dấu: “dong xam” cũng tìm được Đồng Xâm.'),
      h('li', {}, 'Dùng ít từ hơn hoặc từ chung hơn, ví dụ “bạc”, “khăn”, “chiếu”.')));
  fill(list, box);
  const all = await villages();
  if (signal.aborted || !all.length) return;
  box.append(h('section', { class: 'empty-villages', 'aria-labelledby': 'empty-villages-title' },
    h('h3', { id: 'empty-villages-title' }, 'Hoặc xem hàng theo làng nghề'),
    villageLinks(all)));
}

async function showFailure(e, state) {
  body.hidden = true;
  summary.textContent = '';
  if (e instanceof ApiError && e.status === 503) {
    const box = h('div', { class: 'notice notice-warn search-down', role: 'alert' },
      h('h2', {}, 'Tìm kiếm đang tạm gián đoạn…'),
      h('p', {}, 'Chúng tôi đang khắc phục, bạn thử lại sau ít phút nhé. Trong lúc chờ, bạn vẫn xem và mua được hàng theo làng nghề, cửa hàng hoặc sản phẩm mới.'),
      h('div', { class: 'btn-row' },
        h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: () => go(urlFor(state), 'title') }, 'Thử lại'),
        h('a', { class: 'btn btn-secondary btn-small', href: '/#san-pham-moi' }, 'Xem sản phẩm mới')));
    fill(message, box);
    const all = await villages();
    if (all.length) {
      box.append(h('h3', {}, 'Các làng nghề'), villageLinks(all));
      const shops = await someShops();
      if (shops.length) {
        box.append(h('h3', {}, 'Cửa hàng'), h('ul', { class: 'village-links' }, shops.map((s) => h('li', {},
          h('a', { href: `/shop.html?slug=${encodeURIComponent(s.slug)}` }, s.name)))));
      }
    }
    return;
  }
  if (e instanceof ApiError && e.status === 400) {
    const errors = e.fieldErrors();
    fill(message, h('div', { class: 'notice notice-error', role: 'alert' },
      h('h2', {}, 'Điều kiện tìm kiếm chưa hợp lệ'),
      h('p', {}, translate(e.detail) || 'Một số điều kiện tìm kiếm chưa hợp lệ.'),
      errors.length
        ? h('ul', {}, errors.map((err) => h('li', {}, `${FIELD_NAMES[err.field] || err.field}: ${err.message}`)))
        : null,
      h('div', { class: 'btn-row' },
        h('a', { class: 'btn btn-secondary btn-small', href: urlFor({ q: state.q, sort: 'relevance', page: 0 }) },
          activeFilterCount(state) ? 'Tìm lại, không kèm bộ lọc' : 'Tìm lại từ trang đầu'))));
    return;
  }
  fill(message, errorBox(e, { title: 'Chưa tìm được', retry: () => go(urlFor(state), 'title') }));
}

/**
 * Shops to browse while search is down. There is no list of shops in the API; the newest products
 * (served from the database, not Solr) name theirs.
 */
async function someShops() {
  try {
    const page = await get('/api/products?size=100');
    const seen = new Map();
    for (const item of page.items || []) {
      if (item.shopSlug && !seen.has(item.shopSlug)) seen.set(item.shopSlug, { slug: item.shopSlug, name: item.shopName || item.shopSlug });
    }
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  } catch {
    return [];
  }
}

load();
