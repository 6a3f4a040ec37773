// Where a parcel goes, anywhere in Vietnam: the province (34 since 1/7/2025), then its commune,
// found by typing without accents ("ba dinh" → Phường Ba Đình); or, for someone who only knows the
// address from before the reform, a former commune and district ("Hồng Thái, Kiến Xương") looked up
// with GET /api/administrative-units/lookup, offering every commune it went into.
// Hooks for the browser tests: select#ship-province, input#ship-commune-search,
// select#ship-commune (values are commune codes), details#ship-old-address, input#ship-old-address-q,
// button#ship-old-address-find, #ship-old-address-results button[data-code] ("ship" is the `id` prefix,
// so a page may hold more than one picker).

import { describeError, get } from '/js/api.js';
import { h, fill, REFORM_DATE_LABEL } from '/js/ui.js';
import { field } from '/js/forms.js';
import { t } from '/js/i18n.js';

/** "Phường Ba Đình" → "phuong ba dinh", as the server folds names. */
export function fold(text) {
  return String(text ?? '').normalize('NFD').replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

/** "Xã Trà Giang" sorts under T, not under X. */
function sortName(name) {
  return String(name).replace(/^(Xã|Phường|Thị trấn|Đặc khu|Tỉnh|Thành phố)\s+/i, '');
}

function byName(a, b) {
  return sortName(a.name).localeCompare(sortName(b.name), 'vi');
}

/** The 34 provinces, for a page to fetch with its other data before it shows the form. */
export function loadProvinces() {
  return get('/api/administrative-units');
}

/**
 * The province, commune and old-address controls. `provinces` is what loadProvinces answered.
 * Returns { wrapper, input } like forms.js's field(): `input` is the commune select, whose value
 * is the commune code; its errors show under it (field name `name`).
 */
export function addressPicker({ provinces, name = 'shippingAddress.communeCode', id = 'ship' }) {
  const communesOf = new Map();

  const provinceSelect = h('select', { required: true, autocomplete: 'address-level1' },
    h('option', { value: '' }, t('— Chọn tỉnh, thành phố —', '— Choose a province or city —')),
    [...provinces].sort(byName).map((p) => h('option', { value: p.code }, p.name)));
  const province = field({ id: `${id}-province`, name: 'shippingAddress.province', label: t('Tỉnh, thành phố', 'Province or city'), control: provinceSelect });

  const search = h('input', {
    type: 'search', id: `${id}-commune-search`, autocomplete: 'off', inputmode: 'search', disabled: true,
    placeholder: t('Gõ tên, không cần dấu (ví dụ: ba dinh)', 'Type a name, accents optional (e.g. ba dinh)'), 'aria-controls': `${id}-commune`,
  });
  const communeSelect = h('select', { required: true, disabled: true, autocomplete: 'off' },
    h('option', { value: '' }, t('— Chọn tỉnh trước —', '— Choose the province first —')));
  const commune = field({
    id: `${id}-commune`, name, label: t('Xã, phường', 'Commune or ward'), control: communeSelect,
    hint: t(`Theo địa giới từ ${REFORM_DATE_LABEL}. Gõ vài chữ để lọc danh sách.`, `As the boundaries stand since ${REFORM_DATE_LABEL}. Type a few letters to filter the list.`),
  });
  commune.wrapper.insertBefore(
    h('div', { class: 'commune-search' }, h('label', { for: search.id, class: 'visually-hidden' }, t('Tìm xã, phường', 'Search communes and wards')), search),
    communeSelect);
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  commune.wrapper.append(status);

  let communes = [];
  let loadingCode = null;

  function showCommunes(keep) {
    const words = fold(search.value);
    const matches = words ? communes.filter((u) => fold(u.name).includes(words)) : communes;
    const before = communeSelect.value;
    const chosen = keep ?? before;
    const only = words && matches.length === 1 ? matches[0].code : null;
    fill(communeSelect,
      h('option', { value: '' }, matches.length ? t('— Chọn xã, phường —', '— Choose a commune or ward —') : t('— Không có xã, phường nào khớp —', '— No commune or ward matches —')),
      matches.map((u) => h('option', { value: u.code }, u.name)));
    communeSelect.value = only || (matches.some((u) => u.code === chosen) ? chosen : '');
    // a choice made for the shopper (one match left, an old address) is news to the form too
    if (communeSelect.value !== before) communeSelect.dispatchEvent(new Event('change', { bubbles: true }));
    status.textContent = words
      ? (matches.length ? t(`${matches.length} xã, phường khớp “${search.value.trim()}”.`, `${matches.length} match “${search.value.trim()}”.`) : t('Không thấy? Thử “Tôi chỉ biết địa chỉ cũ” bên dưới.', 'Not there? Try “I only know the old address” below.'))
      : '';
  }

  async function chooseProvince(code, keep) {
    provinceSelect.value = code;
    loadingCode = code;
    communes = [];
    search.value = '';
    search.disabled = true;
    communeSelect.disabled = true;
    status.textContent = '';
    if (!code) { fill(communeSelect, h('option', { value: '' }, t('— Chọn tỉnh trước —', '— Choose the province first —'))); return; }
    commune.wrapper.setAttribute('aria-busy', 'true');
    fill(communeSelect, h('option', { value: '' }, t('Đang tải danh sách xã, phường…', 'Loading the communes and wards…')));
    try {
      if (!communesOf.has(code)) {
        communesOf.set(code, (await get(`/api/administrative-units?parent=${encodeURIComponent(code)}&brief=true`)).sort(byName));
      }
      if (loadingCode !== code) return; // another province was chosen meanwhile
      communes = communesOf.get(code);
      search.disabled = false;
      communeSelect.disabled = false;
      showCommunes(keep);
    } catch (err) {
      status.textContent = `${t('Chưa tải được danh sách xã, phường', 'Could not load the communes and wards')}: ${describeError(err)}`;
    } finally {
      commune.wrapper.removeAttribute('aria-busy');
    }
  }

  provinceSelect.addEventListener('change', () => chooseProvince(provinceSelect.value));
  search.addEventListener('input', () => showCommunes());
  search.addEventListener('keydown', (e) => { if (e.key === 'Enter') e.preventDefault(); });

  const old = oldAddress(id, async (item) => {
    await chooseProvince(item.provinceCode, item.code);
    communeSelect.focus();
  });

  const wrapper = h('div', { class: 'address-picker' }, province.wrapper, commune.wrapper, old);
  /** Shows a known address (a saved one): its province's communes, that commune chosen. */
  const choose = (provinceCode, communeCode) => chooseProvince(provinceCode || '', communeCode || undefined);
  return { wrapper, input: communeSelect, choose };
}

/** "Tôi chỉ biết địa chỉ cũ": a former address in, the communes it is part of now out. */
function oldAddress(id, choose) {
  const input = h('input', {
    type: 'search', id: `${id}-old-address-q`, autocomplete: 'off', maxlength: 100,
    placeholder: t('Ví dụ: Hồng Thái, Kiến Xương', 'For example: Hồng Thái, Kiến Xương'), 'aria-describedby': `${id}-old-address-hint`,
  });
  const find = h('button', { type: 'button', id: `${id}-old-address-find`, class: 'btn btn-secondary btn-small' }, t('Tìm', 'Find'));
  const results = h('div', { id: `${id}-old-address-results`, class: 'lookup-results', 'aria-live': 'polite' });
  let asked = 0;
  let timer = null;

  async function lookup() {
    clearTimeout(timer);
    const q = input.value.trim();
    const mine = ++asked;
    if (!q) { fill(results); return; }
    fill(results, h('p', { class: 'hint' }, t('Đang tìm…', 'Searching…')));
    try {
      const { items } = await get(`/api/administrative-units/lookup?q=${encodeURIComponent(q)}`);
      if (mine !== asked) return;
      fill(results, items.length ? answer(items) : h('p', { class: 'hint' },
        t('Không tìm thấy. Hãy ghi tên xã và huyện cũ, cách nhau bằng dấu phẩy.', 'Nothing found. Type the old commune and district, separated by a comma.')));
    } catch (err) {
      if (mine === asked) fill(results, h('p', { class: 'field-error' }, describeError(err)));
    }
  }

  function answer(items) {
    const formers = new Set(items.filter((i) => i.matchedFormer).map((i) => i.matchedFormer.code));
    const split = items.some((i) => i.matchedFormer && !i.matchedFormer.whole) && formers.size === 1;
    return [
      h('p', { class: 'hint' }, split
        ? t('Xã cũ này nay thuộc nhiều xã, phường. Hãy chọn nơi bạn ở:', 'This old commune is now split among several. Choose where you live:')
        : t('Chọn xã, phường hiện nay:', 'Choose today\'s commune or ward:')),
      h('ul', { class: 'lookup-list' }, items.map((item) => h('li', {},
        h('button', {
          type: 'button', class: 'lookup-choice', dataset: { code: item.code, province: item.provinceCode },
        },
        h('strong', {}, `${item.name}, ${item.provinceName}`),
        item.matchedFormer ? h('small', {}, `${t('Trước', 'Before')} ${REFORM_DATE_LABEL}: ${[item.matchedFormer.name,
          item.matchedFormer.districtName, item.matchedFormer.provinceName].filter(Boolean).join(', ')}`
          + (item.matchedFormer.whole ? '' : t(' (một phần)', ' (in part)'))) : null)))),
    ];
  }

  results.addEventListener('click', async (e) => {
    const button = e.target.closest('button[data-code]');
    if (!button) return;
    const item = { code: button.dataset.code, provinceCode: button.dataset.province };
    await choose(item);
    fill(results, h('p', { class: 'hint', role: 'status' }, t(`Đã chọn ${button.querySelector('strong').textContent}.`, `Chose ${button.querySelector('strong').textContent}.`)));
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    if (input.value.trim().length >= 3) timer = setTimeout(lookup, 350);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); lookup(); }
  });
  find.addEventListener('click', lookup);

  return h('details', { id: `${id}-old-address`, class: 'old-address' },
    h('summary', {}, t('Tôi chỉ biết địa chỉ cũ', 'I only know the old address')),
    h('div', { class: 'field' },
      h('label', { for: input.id }, t('Xã, huyện cũ (trước khi sáp nhập)', 'Old commune and district (before the merger)')),
      h('p', { class: 'hint', id: `${id}-old-address-hint` }, t('Gõ tên xã cũ và huyện cũ, không cần dấu. Chúng tôi tìm xã, phường hiện nay.', 'Type the old commune and district, accents optional. We find today\'s commune or ward.')),
      h('div', { class: 'lookup-row' }, input, find)),
    results);
}
