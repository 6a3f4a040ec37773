// The artisan's workspace: open the shop, then list, create, edit and archive products and their photos.
// Views by address: #san-pham (list, default), #moi (new product), #sua/{id} (edit), #cua-hang (shop details).

import {
  ApiError, get, post, put, del, api, isSignedIn, currentUser, describeError, newIdempotencyKey,
} from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import {
  h, fill, loading, errorBox, emptyState, notice, ocopBadge, setPageState, setTitle, formatVnd, formatNumber,
  formatDate, formatDateTime, toast, confirmDialog,
} from '/js/ui.js';
import { showOwnPicture } from '/js/pictures.js';
import { mountHiddenListings, ownerPhotoField, ownerStoryField } from '/js/pages/artisan-trust.js';
import { identitySection } from '/js/pages/artisan-identity.js';
import { mountHelperActions } from '/js/pages/artisan-helpers.js';
import { ocopSection } from '/js/pages/artisan-ocop.js';
import {
  field, showErrors, showFormMessage, clearErrors, checkConstraints, busy, setFieldError, parseVnd,
} from '/js/forms.js';

const { me } = mountLayout({ active: 'artisan' });

const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_IMAGES = 12;
const PAGE_SIZE = 20;
const MAX_PRICE_VND = 10_000_000_000;
/** How often an open editor asks for the stock again, so the figure it shows stays the live one. */
const LIVE_STOCK_MS = 30_000;
const SKU_PATTERN = '[A-Za-z0-9][A-Za-z0-9._\\-]{1,39}';

const root = document.getElementById('workspace');
const state = { user: null, shop: null, villages: [], categories: [], listPage: 0 };

const STATUS = {
  PENDING: { badge: 'badge-warn', label: 'Đang chờ duyệt' },
  APPROVED: { badge: 'badge-ok', label: 'Đã duyệt, đang mở bán' },
  SUSPENDED: { badge: 'badge-danger', label: 'Tạm ngừng bán' },
};
const PRODUCT_STATUS = {
  DRAFT: { badge: '', label: 'Nháp' },
  ACTIVE: { badge: 'badge-ok', label: 'Đang bán' },
  ARCHIVED: { badge: 'badge-danger', label: 'Đã lưu trữ' },
};

// ---------------------------------------------------------------- text ↔ simple HTML

/** Plain text from a textarea → <p> paragraphs (blank line) and <br> (single line break), escaped. */
function textToHtml(text) {
  const container = document.createElement('div');
  for (const para of String(text || '').replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const trimmed = para.trim();
    if (!trimmed) continue;
    const p = document.createElement('p');
    trimmed.split('\n').forEach((line, i) => {
      if (i) p.append(document.createElement('br'));
      p.append(document.createTextNode(line));
    });
    container.append(p);
  }
  return container.innerHTML;
}

/** The reverse, for editing: parsed in an inert document, so nothing in it runs or loads. */
function htmlToText(html) {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const br of doc.body.querySelectorAll('br')) br.replaceWith('\n');
  const blocks = doc.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr');
  if (!blocks.length) return doc.body.textContent.trim();
  return Array.from(blocks, (b) => (b.tagName === 'LI' ? `• ${b.textContent.trim()}` : b.textContent.trim()))
    .filter(Boolean).join('\n\n');
}

/** "Kích cỡ: 16; Màu: trắng" → {"Kích cỡ": "16", "Màu": "trắng"}; throws a Vietnamese message. */
function parseOptions(text) {
  const options = {};
  const parts = String(text || '').split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
  if (parts.length > 10) throw new Error('Tối đa 10 cặp “Tên: giá trị”.');
  for (const part of parts) {
    const colon = part.indexOf(':');
    const name = colon > 0 ? part.slice(0, colon).trim() : '';
    const value = colon > 0 ? part.slice(colon + 1).trim() : '';
    if (!name || !value) throw new Error(`Viết theo dạng “Tên: giá trị”, ví dụ “Kích cỡ: 16” (chỗ sai: “${part}”).`);
    if (name.length > 40) throw new Error(`Tên “${name.slice(0, 20)}…” dài quá 40 ký tự.`);
    if (value.length > 80) throw new Error(`Giá trị của “${name}” dài quá 80 ký tự.`);
    if (Object.hasOwn(options, name)) throw new Error(`“${name}” bị lặp.`);
    options[name] = value;
  }
  return options;
}

function optionsText(options) {
  return Object.entries(options || {}).map(([k, v]) => `${k}: ${v}`).join('; ');
}

// ---------------------------------------------------------------- start

async function start() {
  if (!isSignedIn()) {
    location.replace(`/login.html?next=${encodeURIComponent('/artisan.html' + location.hash)}`);
    return;
  }
  fill(root, loading('Đang mở cửa hàng của bạn…'));
  try {
    state.user = await me;
    if (!state.user) {
      location.replace(`/login.html?next=${encodeURIComponent('/artisan.html' + location.hash)}`);
      return;
    }
    if (!state.user.roles?.includes('ARTISAN')) {
      setTitle('Cửa hàng của tôi');
      fill(root, notice('info', 'Trang này dành cho nghệ nhân',
        'Tài khoản của bạn là tài khoản người mua. Để bán hàng, hãy tạo một tài khoản nghệ nhân riêng.',
        h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: '/' }, 'Về trang chủ'))));
      setPageState('ready');
      return;
    }
    const [villages, categories, shop] = await Promise.all([
      get('/api/craft-villages'),
      get('/api/categories'),
      state.user.shop ? get('/api/my/shop').catch((e) => { if (e.status === 404) return null; throw e; }) : null,
    ]);
    state.villages = villages;
    state.categories = categories;
    state.shop = shop;
  } catch (e) {
    fill(root, errorBox(e, { retry: start }));
    setPageState('error');
    return;
  }
  window.addEventListener('hashchange', route);
  await route();
}

window.addEventListener('lnm:signed-out', () => {
  root.prepend(notice('warn', 'Phiên đăng nhập đã hết hạn',
    'Những gì chưa lưu vẫn còn trên trang. Hãy đăng nhập lại trong một thẻ mới rồi lưu.',
    h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/login.html?next=/artisan.html', target: '_blank', rel: 'noopener' }, 'Đăng nhập lại'))));
});

async function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  setPageState('loading');
  let ok = true;
  if (!state.shop) {
    renderOpenShop();
  } else if (hash === 'moi') {
    ok = renderEditor(null);
  } else if (hash.startsWith('sua/')) {
    ok = await loadEditor(hash.slice(4));
  } else if (hash === 'cua-hang') {
    renderShopForm(state.shop);
  } else {
    ok = await renderList();
  }
  setPageState(ok ? 'ready' : 'error');
}

function focusHeading(el) {
  const heading = el.querySelector('h1, h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

// ---------------------------------------------------------------- the shop

function villageSelect(selectedSlug, emptyLabel) {
  return h('select', { name: 'villageSlug' },
    h('option', { value: '' }, emptyLabel),
    state.villages.map((v) => h('option', { value: v.slug, selected: v.slug === selectedSlug },
      `${v.name} (${v.commune?.name || ''})`)));
}

function shopForm(shop) {
  const name = field({ name: 'name', label: 'Tên cửa hàng', hint: 'Ví dụ “Bạc Đồng Xâm Nguyễn Văn An”.', attrs: { required: true, maxlength: 120, value: shop?.name || '' } });
  const description = field({
    name: 'description', label: 'Giới thiệu', optional: true,
    hint: 'Kể về xưởng, người thợ, nghề của gia đình. Xuống dòng hai lần để tách đoạn.',
    control: h('textarea', { name: 'description', rows: 6, maxlength: 15000 }),
  });
  description.input.value = htmlToText(shop?.description);
  const story = ownerStoryField(shop);
  const village = field({
    name: 'villageSlug', label: 'Làng nghề', optional: true,
    hint: 'Sản phẩm của cửa hàng sẽ hiện ở trang làng này.',
    control: villageSelect(shop?.village?.slug, 'Chưa chọn làng'),
  });
  const taxId = field({
    name: 'taxId', label: 'Mã số thuế hoặc số CCCD', optional: true,
    hint: 'Mã số thuế 10 số (chi nhánh: thêm “-” và 3 số) hoặc số căn cước công dân 12 số, để sàn kê khai thuế đã khấu trừ thay bạn. Chỉ bạn và cán bộ quản lý thấy.',
    attrs: { inputmode: 'numeric', autocomplete: 'off', maxlength: 20, value: shop?.taxId || '' },
  });
  const acceptsCod = h('input', { type: 'checkbox', id: 'shop-accepts-cod', name: 'acceptsCod', checked: shop ? shop.acceptsCod !== false : true, 'aria-describedby': 'shop-accepts-cod-hint' });
  const cod = h('div', { class: 'field' },
    h('label', { class: 'choice' }, acceptsCod,
      h('span', {}, h('strong', {}, 'Nhận thanh toán khi nhận hàng (COD)'),
        h('small', { id: 'shop-accepts-cod-hint' }, 'Người giao thu tiền của khách rồi chuyển lại; hàng được giữ cho đơn tới khi giao xong hoặc hoàn về.'))));
  const submit = h('button', { type: 'submit', class: 'btn' }, shop ? 'Lưu thông tin cửa hàng' : 'Gửi yêu cầu mở cửa hàng');
  const form = h('form', { class: 'form-grid', novalidate: true },
    name.wrapper, village.wrapper, description.wrapper, story.wrapper, ownerPhotoField(shop), taxId.wrapper, cod,
    h('div', { class: 'form-actions' }, submit,
      shop ? h('a', { class: 'btn btn-quiet', href: '#san-pham' }, 'Huỷ') : null));

  let idempotencyKey = null;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    const body = {
      name: name.input.value.trim(),
      description: textToHtml(description.input.value),
      villageSlug: village.input.value || null,
      acceptsCod: acceptsCod.checked,
      taxId: taxId.input.value.trim(),
      story: story.value(),
    };
    await busy(submit, 'Đang lưu…', async () => {
      try {
        if (shop) {
          state.shop = await put('/api/my/shop', body);
          toast('Đã lưu thông tin cửa hàng.');
        } else {
          idempotencyKey ||= newIdempotencyKey();
          state.shop = await post('/api/my/shop', body, { idempotencyKey });
          toast('Đã gửi yêu cầu mở cửa hàng.');
          currentUser({ refresh: true });
        }
        if (location.hash === '#san-pham') await route();
        else location.hash = '#san-pham';
      } catch (err) {
        if (err instanceof ApiError && err.status !== 0) idempotencyKey = null;
        handleSaveError(form, err);
      }
    });
  });
  return form;
}

function renderOpenShop() {
  setTitle('Mở cửa hàng');
  const view = h('div', {},
    h('div', { class: 'workspace-head' }, h('h1', {}, 'Mở cửa hàng của bạn')),
    h('div', { class: 'auth-layout' },
      h('section', { class: 'panel', 'aria-labelledby': 'open-shop-title' },
        h('h2', { id: 'open-shop-title' }, 'Thông tin cửa hàng'),
        shopForm(null)),
      h('aside', { class: 'panel' },
        h('h2', {}, 'Các bước'),
        h('ol', {},
          h('li', {}, 'Điền tên cửa hàng và chọn làng nghề của bạn.'),
          h('li', {}, 'Cán bộ thương mại của tỉnh xem xét và duyệt cửa hàng.'),
          h('li', {}, 'Trong lúc chờ, bạn soạn sẵn sản phẩm ở dạng Nháp; khi được duyệt thì chuyển sang Đang bán.')))));
  fill(root, view);
}

function renderShopForm(shop) {
  setTitle('Thông tin cửa hàng');
  const view = h('div', {},
    h('p', { class: 'breadcrumbs' }, h('a', { href: '#san-pham' }, '‹ Về cửa hàng của tôi')),
    h('h1', { id: 'shop-form-title' }, 'Thông tin cửa hàng'),
    h('section', { class: 'panel', 'aria-labelledby': 'shop-form-title' },
      shopForm(shop)),
    identitySection(shop));
  fill(root, view);
  focusHeading(view);
}

function shopPanel(shop) {
  const status = STATUS[shop.status] || { badge: '', label: shop.status };
  let text;
  if (shop.status === 'PENDING') {
    text = 'Cán bộ thương mại đang xem xét cửa hàng. Trong lúc chờ, bạn có thể soạn sản phẩm ở dạng Nháp; '
      + 'khi cửa hàng được duyệt, hãy chuyển chúng sang Đang bán.';
  } else if (shop.status === 'APPROVED') {
    text = shop.approvedAt ? `Cửa hàng mở bán từ ngày ${formatDate(shop.approvedAt)}.` : 'Cửa hàng đang mở bán.';
  } else if (shop.status === 'SUSPENDED') {
    text = `Cửa hàng đang bị tạm ngừng; khách không thấy sản phẩm của bạn.${shop.statusReason ? ` Lý do: ${shop.statusReason}` : ''}`;
  }
  return h('section', { class: 'panel shop-status', 'aria-labelledby': 'shop-status-title' },
    h('div', { class: 'row' },
      h('h2', { id: 'shop-status-title' }, shop.name),
      h('span', { class: `badge ${status.badge}`, id: 'shop-status' }, status.label)),
    shop.village ? h('p', { class: 'muted' }, `Làng nghề: ${shop.village.name}`) : null,
    text ? h('p', {}, text) : null,
    shop.identityStatus !== 'VERIFIED'
      ? h('p', { class: 'notice notice-warn', id: 'identity-needed' },
        shop.identityStatus === 'DECLARED'
          ? 'Danh tính chủ cửa hàng đang chờ cán bộ hoặc tổ công nghệ số của xã xác minh.'
          : 'Hãy khai danh tính chủ cửa hàng (họ tên, địa chỉ, CCCD hoặc mã số thuế): cửa hàng chỉ được duyệt bán khi danh tính đã được xác minh. ',
        shop.identityStatus === 'DECLARED' ? null : h('a', { href: '#cua-hang' }, 'Khai danh tính'))
      : null,
    h('div', { class: 'btn-row' },
      shop.status === 'APPROVED'
        ? h('a', { class: 'btn btn-secondary btn-small', href: `/xuong/${encodeURIComponent(shop.slug)}` }, 'Xem trang cửa hàng')
        : null,
      h('a', { class: 'btn btn-small', href: '/shop-orders.html', id: 'shop-orders-link' }, 'Đơn của xưởng'),
      h('a', { class: 'btn btn-secondary btn-small', href: '#cua-hang' }, 'Sửa thông tin cửa hàng')));
}

// ---------------------------------------------------------------- the product list

function liveVariants(p) {
  return (p.variants || []).filter((v) => !v.retired);
}

function productRow(p) {
  const status = PRODUCT_STATUS[p.status] || { badge: '', label: p.status };
  const variants = liveVariants(p);
  const prices = variants.map((v) => v.priceVnd);
  const min = prices.length ? Math.min(...prices) : null;
  const max = prices.length ? Math.max(...prices) : null;
  const available = variants.reduce((n, v) => n + (v.available || 0), 0);
  const price = min === null ? 'chưa có giá' : min === max ? formatVnd(min) : `${formatVnd(min)} – ${formatVnd(max)}`;
  const thumb = p.images?.[0]?.thumbUrl;

  const actions = [];
  if (p.status !== 'ARCHIVED') {
    actions.push(h('a', { class: 'btn btn-secondary btn-small', href: `#sua/${p.id}`, 'aria-label': `Sửa “${p.title}”` }, 'Sửa'));
  }
  if (p.status === 'ACTIVE' && state.shop.status === 'APPROVED') {
    actions.push(h('a', { class: 'btn btn-quiet btn-small', href: `/san-pham/${encodeURIComponent(p.slug)}`, 'aria-label': `Xem “${p.title}” trên chợ` }, 'Xem trên chợ'));
  }
  if (p.status !== 'ARCHIVED') {
    const archive = h('button', { type: 'button', class: 'btn btn-danger btn-small', 'aria-label': `Lưu trữ “${p.title}”` }, 'Lưu trữ');
    archive.addEventListener('click', () => archiveProduct(p));
    actions.push(archive);
  }
  return h('li', { class: 'own-product', dataset: { productId: p.id } },
    showOwnPicture(h('img', { class: 'thumb', alt: '', width: 80, height: 80 }), thumb),
    h('div', {},
      h('h3', {}, p.title),
      h('div', { class: 'btn-row' },
        h('span', { class: `badge ${status.badge}` }, status.label),
        p.hidden ? h('span', { class: 'badge badge-danger', title: p.hidden.reason }, 'Bị cán bộ tạm ẩn') : null,
        ocopBadge(p.ocopStars)),
      h('p', { class: 'meta' },
        `${variants.length} phân loại · ${price} · ${available > 0 ? `còn ${formatNumber(available)} sản phẩm` : 'hết hàng'}`),
      h('p', { class: 'meta' }, `${formatNumber(p.images?.length || 0)} ảnh · cập nhật ${formatDateTime(p.updatedAt)}`)),
    h('div', { class: 'actions' }, actions));
}

async function archiveProduct(p) {
  const yes = await confirmDialog({
    title: `Lưu trữ “${p.title}”?`,
    text: 'Sản phẩm sẽ thôi hiện trên chợ và không sửa được nữa. Các đơn hàng cũ vẫn giữ thông tin sản phẩm.',
    confirmLabel: 'Lưu trữ',
    danger: true,
  });
  if (!yes) return;
  try {
    await del(`/api/my/products/${p.id}`);
    toast(`Đã lưu trữ “${p.title}”.`);
    await renderList({ keepFocus: true });
  } catch (err) {
    root.querySelector('#list-message')?.replaceChildren(errorBox(err, { title: 'Chưa lưu trữ được sản phẩm' }));
  }
}

async function renderList({ keepFocus = false } = {}) {
  setTitle('Cửa hàng của tôi');
  const listBox = h('div', { id: 'product-list', 'aria-live': 'polite' }, loading('Đang tải sản phẩm…'));
  const view = h('div', {},
    h('div', { class: 'workspace-head' },
      h('h1', {}, 'Cửa hàng của tôi'),
      h('a', { class: 'btn', href: '#moi' }, '+ Thêm sản phẩm')),
    shopPanel(state.shop),
    h('div', { id: 'san-pham-bi-an' }),
    h('div', { id: 'viec-nguoi-ho-tro' }),
    h('section', { class: 'section', 'aria-labelledby': 'own-products-title' },
      h('div', { class: 'section-head' },
        h('h2', { id: 'own-products-title' }, 'Sản phẩm của bạn'),
        h('p', { id: 'own-products-count' })),
      h('div', { id: 'list-message' }),
      listBox));
  fill(root, view);
  mountHiddenListings(view.querySelector('#san-pham-bi-an'));
  mountHelperActions(view.querySelector('#viec-nguoi-ho-tro'), () => renderList({ keepFocus: true }));
  if (keepFocus) focusHeading(view.querySelector('section.section'));

  try {
    const page = await get(`/api/my/products?page=${state.listPage}&size=${PAGE_SIZE}`);
    if (!page.items.length && page.total && state.listPage > 0) {
      state.listPage = 0;
      return renderList();
    }
    view.querySelector('#own-products-count').textContent = page.total ? `${formatNumber(page.total)} sản phẩm` : '';
    if (!page.items.length) {
      fill(listBox, emptyState('Bạn chưa có sản phẩm nào',
        'Thêm sản phẩm đầu tiên: tên, mô tả, giá và số lượng cho từng phân loại, rồi tải ảnh lên.',
        h('a', { class: 'btn', href: '#moi' }, 'Thêm sản phẩm đầu tiên')));
    } else {
      fill(listBox, h('ul', { class: 'own-products' }, page.items.map(productRow)), listPager(page));
    }
    return true;
  } catch (e) {
    fill(listBox, errorBox(e, { retry: () => renderList() }));
    return false;
  }
}

function listPager({ total, page, size }) {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return null;
  const go = (p) => () => { state.listPage = p; renderList({ keepFocus: true }); };
  return h('nav', { class: 'pager', 'aria-label': 'Phân trang sản phẩm' },
    h('button', { type: 'button', class: 'btn btn-secondary btn-small', disabled: page <= 0, onclick: go(page - 1) }, '‹ Trang trước'),
    h('span', { class: 'status' }, `Trang ${page + 1} / ${pages}`),
    h('button', { type: 'button', class: 'btn btn-secondary btn-small', disabled: page >= pages - 1, onclick: go(page + 1) }, 'Trang sau ›'));
}

// ---------------------------------------------------------------- the product editor

async function loadEditor(id) {
  if (!/^\d+$/.test(id)) { location.hash = '#san-pham'; return true; }
  fill(root, loading('Đang tải sản phẩm…'));
  try {
    const product = await get(`/api/my/products/${id}`);
    return renderEditor(product);
  } catch (e) {
    fill(root, 
      h('p', { class: 'breadcrumbs' }, h('a', { href: '#san-pham' }, '‹ Về danh sách sản phẩm')),
      errorBox(e, { notFound: 'Không có sản phẩm này trong cửa hàng của bạn.', retry: () => loadEditor(id) }));
    return false;
  }
}

function categoryOptions(selectedId) {
  const options = [h('option', { value: '' }, 'Chưa chọn danh mục')];
  const walk = (nodes, depth) => {
    for (const c of nodes) {
      options.push(h('option', { value: c.id, selected: c.id === selectedId }, `${'\u00a0\u00a0\u00a0'.repeat(depth)}${depth ? '– ' : ''}${c.name}`));
      walk(c.children || [], depth + 1);
    }
  };
  walk(state.categories, 0);
  return options;
}

function variantRow(list, variant) {
  const sku = field({
    name: 'sku', label: 'Mã SKU', className: 'field-sku',
    attrs: { required: true, pattern: SKU_PATTERN, maxlength: 40, autocapitalize: 'characters', spellcheck: 'false', value: variant?.sku || '' },
  });
  sku.input.dataset.patternMessage = 'Từ 2 đến 40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.';
  const options = field({
    name: 'options', label: 'Thuộc tính', optional: true, className: 'field-options',
    hint: 'Dạng “Tên: giá trị”, cách nhau bằng dấu chấm phẩy. Ví dụ: Kích cỡ: 16; Chất liệu: bạc 925',
    attrs: { value: optionsText(variant?.options), maxlength: 1000 },
  });
  const preview = h('span', { class: 'price-preview', 'aria-hidden': 'true' });
  // text, not type=number: a number field refuses 1.390.000, the way prices are written here
  const price = field({
    name: 'priceVnd', label: 'Giá (₫)', hint: 'Ví dụ 1.390.000',
    attrs: { required: true, inputmode: 'numeric', autocomplete: 'off', maxlength: 24, value: variant ? formatNumber(variant.priceVnd) : '' },
  });
  price.wrapper.append(preview);
  const updatePreview = () => {
    const n = parseVnd(price.input.value);
    preview.textContent = n > 0 ? formatVnd(n) : '';
  };
  price.input.addEventListener('input', updatePreview);
  updatePreview();
  const onHand = field({
    name: 'onHand', label: variant ? 'Số lượng trong kho' : 'Số lượng có', type: 'number',
    hint: variant ? 'Chỉ sửa khi bạn vừa đếm lại hàng; hàng bán ra được trừ tự động.' : null,
    attrs: { required: true, min: 0, max: 1_000_000, step: 1, inputmode: 'numeric', value: variant?.onHand ?? 1 },
  });
  const live = h('span', { class: 'live-stock' });

  const remove = h('button', { type: 'button', class: 'btn btn-quiet btn-small' }, 'Bỏ phân loại này');
  const row = h('li', { class: 'variant-row' },
    sku.wrapper, options.wrapper, price.wrapper, onHand.wrapper,
    h('div', { class: 'row-foot' }, variant ? live : h('span', {}, 'Phân loại mới'), remove));
  if (variant) showLiveStock(row, variant);
  remove.addEventListener('click', () => {
    if (list.children.length <= 1) {
      toast('Sản phẩm cần ít nhất một phân loại.');
      return;
    }
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    renumberVariants(list);
    next?.querySelector('input')?.focus();
  });
  if (variant) row.dataset.sku = variant.sku;
  return row;
}

/**
 * The stock as the server has it now, under the row. The count field follows it while the artisan
 * has not touched it; `loadedOnHand` is what the field started from, the figure a stock change
 * says it expects (so a sale meanwhile is reported, never written over).
 */
function showLiveStock(row, variant) {
  const input = row.querySelector('[data-base="onHand"] input, [data-field="onHand"] input');
  if (row.dataset.loadedOnHand === undefined || input.value === row.dataset.loadedOnHand) {
    input.value = String(variant.onHand);
    row.dataset.loadedOnHand = String(variant.onHand);
  }
  const live = row.querySelector('.live-stock');
  live.dataset.onHand = String(variant.onHand);
  live.textContent = `Trong kho: ${formatNumber(variant.onHand)} · Đang giữ cho đơn: ${formatNumber(variant.reserved)}`
    + ` · Có thể bán: ${formatNumber(variant.available)}`;
}

/** Refreshes the live figures of an open editor every little while and when its tab comes back. */
function watchLiveStock(productId, list) {
  const stop = new AbortController();
  const refresh = async () => {
    if (!list.isConnected) { stop.abort(); return; }
    if (document.hidden) return;
    try {
      const fresh = await get(`/api/my/products/${productId}`);
      for (const row of list.children) {
        const variant = fresh.variants.find((v) => v.sku === row.dataset.sku);
        if (variant) showLiveStock(row, variant);
      }
    } catch {
      // the figures shown stay; saving still compares with the server's own
    }
  };
  const timer = setInterval(refresh, LIVE_STOCK_MS);
  stop.signal.addEventListener('abort', () => clearInterval(timer));
  document.addEventListener('visibilitychange', refresh, { signal: stop.signal });
}

/** Field names follow the row's position, as the API names errors: variants[0].sku. */
function renumberVariants(list) {
  [...list.children].forEach((row, i) => {
    row.dataset.field = `variants[${i}]`;
    row.setAttribute('aria-label', `Phân loại ${i + 1}`);
    for (const w of row.querySelectorAll('.field')) {
      const base = w.dataset.base || w.dataset.field;
      w.dataset.base = base;
      w.dataset.field = `variants[${i}].${base}`;
    }
  });
}

function renderEditor(product) {
  const editing = Boolean(product);
  const archived = product?.status === 'ARCHIVED';
  const approved = state.shop.status === 'APPROVED';
  setTitle(editing ? `Sửa: ${product.title}` : 'Thêm sản phẩm');
  let version = product?.version;

  const title = field({ name: 'title', label: 'Tên sản phẩm', attrs: { required: true, maxlength: 200, value: product?.title || '' } });
  const description = field({
    name: 'description', label: 'Mô tả', optional: true,
    hint: 'Cách làm, kích thước, cách dùng và bảo quản… Xuống dòng hai lần để tách đoạn.',
    control: h('textarea', { name: 'description', rows: 7, maxlength: 40000 }),
  });
  description.input.value = htmlToText(product?.description);
  const category = field({
    name: 'categoryId', label: 'Danh mục', optional: true,
    control: h('select', { name: 'categoryId' }, categoryOptions(product?.category?.id)),
  });
  const village = field({
    name: 'villageSlug', label: 'Làng nghề', optional: true,
    hint: 'Để trống thì dùng làng của cửa hàng.',
    control: villageSelect(product?.village?.slug,
      state.shop.village ? `Theo cửa hàng: ${state.shop.village.name}` : 'Chưa chọn làng'),
  });
  const material = field({ name: 'material', label: 'Chất liệu', optional: true, hint: 'Ví dụ: bạc 925, tơ tằm, cói.', attrs: { maxlength: 100, value: product?.material || '' } });

  const currentStatus = product?.status === 'ACTIVE' ? 'ACTIVE' : 'DRAFT';
  const statusChoice = (value, label, text, disabled) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'status', value, checked: value === currentStatus, disabled }),
    h('span', {}, h('strong', {}, label), h('small', {}, text)));
  const status = h('fieldset', { class: 'field', dataset: { field: 'status' } },
    h('legend', {}, 'Trạng thái'),
    h('div', { class: 'choice-row' },
      statusChoice('DRAFT', 'Nháp', 'Chỉ bạn thấy.', false),
      statusChoice('ACTIVE', 'Đang bán', approved ? 'Hiện trên chợ cho khách mua.' : 'Cần cửa hàng được duyệt trước.', !approved && currentStatus !== 'ACTIVE')),
    h('p', { class: 'field-error' }));

  const variantList = h('ul', { class: 'variant-rows' });
  const live = (product?.variants || []).filter((v) => !v.retired);
  (live.length ? live : [null]).forEach((v) => variantList.append(variantRow(variantList, v)));
  renumberVariants(variantList);
  if (editing && !archived) watchLiveStock(product.id, variantList);
  const addVariant = h('button', { type: 'button', id: 'add-variant', class: 'btn btn-secondary btn-small' }, '+ Thêm phân loại');
  addVariant.addEventListener('click', () => {
    if (variantList.children.length >= 50) { toast('Tối đa 50 phân loại.'); return; }
    const row = variantRow(variantList, null);
    variantList.append(row);
    renumberVariants(variantList);
    row.querySelector('input').focus();
  });
  const variants = h('fieldset', { class: 'field', dataset: { field: 'variants' } },
    h('legend', {}, 'Phân loại, giá và số lượng'),
    h('p', { class: 'hint' }, 'Mỗi phân loại (cỡ, màu, kiểu…) có mã SKU riêng. SKU là duy nhất trên cả chợ, ví dụ DX-VONG-16.'),
    h('p', { class: 'field-error' }),
    variantList,
    h('div', {}, addVariant));

  const submit = h('button', { type: 'submit', class: 'btn' }, editing ? 'Lưu thay đổi' : 'Lưu sản phẩm');
  const formBody = h('fieldset', { class: 'form-grid plain-fieldset', disabled: archived },
    h('legend', { class: 'visually-hidden' }, 'Thông tin sản phẩm'),
    title.wrapper, description.wrapper,
    h('div', { class: 'two-col' }, category.wrapper, village.wrapper),
    material.wrapper,
    status, variants,
    h('div', { class: 'form-actions' }, submit, h('a', { class: 'btn btn-quiet', href: '#san-pham' }, 'Huỷ')));
  const form = h('form', { id: 'product-form', class: 'form-grid', novalidate: true, 'aria-labelledby': 'editor-title' }, formBody);

  let idempotencyKey = null;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const errors = checkConstraints(form);
    const rows = [...variantList.children];
    const variantBodies = rows.map((row, i) => {
      const input = (name) => row.querySelector(`[data-base="${name}"] input`);
      let options = {};
      try {
        options = parseOptions(input('options').value);
      } catch (err) {
        errors.push({ field: `variants[${i}].options`, message: err.message });
      }
      const priceVnd = parseVnd(input('priceVnd').value);
      if (input('priceVnd').value.trim() && priceVnd === null) {
        errors.push({ field: `variants[${i}].priceVnd`, message: 'Viết giá bằng số đồng, ví dụ 1.390.000.' });
      } else if (priceVnd !== null && (priceVnd < 1 || priceVnd > MAX_PRICE_VND)) {
        errors.push({ field: `variants[${i}].priceVnd`, message: `Giá từ 1 ₫ đến ${formatVnd(MAX_PRICE_VND)}.` });
      }
      // an existing variant's stock changes through the stock endpoint (after the save), never here
      const existing = loadedCount(row) !== undefined;
      return {
        sku: input('sku').value.trim(),
        options,
        priceVnd,
        ...(existing ? {} : { onHand: Number(input('onHand').value) }),
      };
    });
    const skus = variantBodies.map((v) => v.sku.toUpperCase());
    skus.forEach((s, i) => {
      if (s && skus.indexOf(s) !== i) errors.push({ field: `variants[${i}].sku`, message: 'Mã SKU này bị lặp trong danh sách.' });
    });
    if (errors.length) { showErrors(form, errors); return; }

    const body = {
      title: title.input.value.trim(),
      description: textToHtml(description.input.value),
      categoryId: category.input.value ? Number(category.input.value) : null,
      villageSlug: village.input.value || null,
      material: material.input.value.trim() || null,
      status: form.querySelector('input[name="status"]:checked')?.value || 'DRAFT',
      variants: variantBodies,
    };
    if (editing) body.version = version;

    await busy(submit, 'Đang lưu…', async () => {
      try {
        if (editing) {
          const saved = await put(`/api/my/products/${product.id}`, body);
          const { changed, problems } = await saveStockCounts(saved, rows);
          renderEditor(changed ? await get(`/api/my/products/${product.id}`) : saved);
          if (problems.length) {
            showFormMessage(root.querySelector('#product-form'), 'warn', 'Đã lưu sản phẩm, nhưng chưa lưu số lượng',
              null, h('ul', { class: 'stock-problems' }, problems.map((p) => h('li', {}, p))));
          } else {
            toast('Đã lưu thay đổi.');
          }
        } else {
          idempotencyKey ||= newIdempotencyKey();
          const created = await post('/api/my/products', body, { idempotencyKey });
          toast('Đã tạo sản phẩm. Giờ bạn có thể thêm ảnh.');
          location.hash = `#sua/${created.id}`;
        }
      } catch (err) {
        if (err instanceof ApiError && err.status !== 0) idempotencyKey = null;
        handleSaveError(form, err, { productId: product?.id });
      }
    });
  });

  const photos = editing && !archived
    ? photoSection(product, (updated) => { version = updated.version; })
    : null;

  const view = h('div', {},
    h('p', { class: 'breadcrumbs' }, h('a', { href: '#san-pham' }, '‹ Về danh sách sản phẩm')),
    h('div', { class: 'workspace-head' },
      h('h1', { id: 'editor-title' }, editing ? 'Sửa sản phẩm' : 'Thêm sản phẩm mới'),
      editing ? h('span', { class: `badge ${PRODUCT_STATUS[product.status]?.badge || ''}` }, PRODUCT_STATUS[product.status]?.label || product.status) : null),
    archived ? notice('warn', 'Sản phẩm đã lưu trữ', 'Sản phẩm này không còn bán và không sửa được nữa.') : null,
    !approved && !archived
      ? notice('info', 'Cửa hàng chưa được duyệt', 'Bạn lưu sản phẩm ở dạng Nháp; khi cửa hàng được duyệt thì chuyển sang Đang bán.')
      : null,
    editing && product.status === 'ACTIVE' && approved
      ? h('p', {}, h('a', { href: `/san-pham/${encodeURIComponent(product.slug)}` }, 'Xem sản phẩm như khách thấy'))
      : null,
    h('section', { class: 'panel', 'aria-labelledby': 'editor-title' }, form),
    photos ?? (editing ? null : notice('info', 'Ảnh sản phẩm', 'Lưu sản phẩm trước, sau đó bạn tải ảnh lên được.')),
    editing && !archived ? ocopSection(product) : null);
  fill(root, view);
  focusHeading(view);
  return true;
}

/** The count a row of an existing variant started from; undefined for a new row or a renamed SKU. */
function loadedCount(row) {
  const sku = row.querySelector('[data-base="sku"] input').value.trim().toUpperCase();
  return row.dataset.sku === sku && row.dataset.loadedOnHand !== undefined ? Number(row.dataset.loadedOnHand) : undefined;
}

/**
 * Sends each count the artisan changed as "set to N if it still is what I saw", after the product
 * itself is saved. Answers whether any stock changed and, in Vietnamese, what could not be saved.
 */
async function saveStockCounts(saved, rows) {
  let changed = false;
  const problems = [];
  for (const row of rows) {
    const sku = row.querySelector('[data-base="sku"] input').value.trim().toUpperCase();
    const typed = Number(row.querySelector('[data-base="onHand"] input').value);
    const variant = saved.variants.find((v) => v.sku === sku);
    // a row new in the form may bring back a SKU retired earlier, which kept its stock
    const expected = loadedCount(row) ?? variant?.onHand;
    if (!variant || typed === expected) continue;
    try {
      await put(`/api/my/products/${saved.id}/variants/${encodeURIComponent(sku)}/stock`, { onHand: typed, expectedOnHand: expected });
      changed = true;
    } catch (err) {
      problems.push(stockProblem(err, sku, typed, expected));
    }
  }
  return { changed, problems };
}

function stockProblem(err, sku, typed, expected) {
  const now = err instanceof ApiError ? err.problem : null;
  if (err.status === 409 && now && now.onHand !== expected) {
    return `${sku}: trong lúc bạn sửa, số lượng trong kho đã đổi từ ${formatNumber(expected)} thành ${formatNumber(now.onHand)} `
      + `(có đơn vừa bán, bị huỷ hoặc trả lại). Số ${formatNumber(typed)} bạn nhập chưa được lưu; hãy xem con số mới rồi lưu lại nếu vẫn cần.`;
  }
  if (err.status === 409 && now) {
    return `${sku}: các đơn đang chờ thanh toán giữ ${formatNumber(now.reserved)} sản phẩm, nên số lượng trong kho không thể ít hơn ${formatNumber(now.reserved)}.`;
  }
  return `${sku}: ${describeError(err)}`;
}

/** Shows the save error where it belongs: next to fields, or as a clear message for conflicts. */
function handleSaveError(form, err, { productId } = {}) {
  if (!(err instanceof ApiError)) {
    console.error(err);
    showFormMessage(form, 'error', 'Chưa lưu được', describeError(err));
    return;
  }
  const fieldErrors = err.fieldErrors();
  if (err.status === 409 && fieldErrors.some((e) => e.field === 'version')) {
    const reload = h('button', { type: 'button', class: 'btn' }, 'Tải bản mới nhất');
    reload.addEventListener('click', () => loadEditor(String(productId)));
    showFormMessage(form, 'error', 'Sản phẩm vừa được sửa ở nơi khác',
      'Trong lúc bạn sửa, sản phẩm này đã được lưu từ một thẻ hoặc máy khác. Thay đổi của bạn chưa được lưu. '
      + 'Hãy tải bản mới nhất rồi sửa lại (những gì bạn vừa nhập ở đây sẽ mất khi tải lại).',
      h('div', { class: 'btn-row' }, reload));
    return;
  }
  if (err.status === 409 && fieldErrors.some((e) => /\.sku$/.test(e.field))) {
    showErrors(form, fieldErrors, { title: 'Mã SKU đã được dùng' });
    return;
  }
  if ((err.status === 400 || err.status === 422 || err.status === 409) && fieldErrors.length) {
    showErrors(form, fieldErrors, { title: err.status === 400 ? 'Vui lòng sửa các chỗ sau:' : 'Chưa lưu được' });
    return;
  }
  const title = err.status === 409 ? 'Không lưu được vì dữ liệu đã thay đổi' : 'Chưa lưu được';
  showFormMessage(form, 'error', title, describeError(err));
}

// ---------------------------------------------------------------- photos

function photoSection(product, onChange) {
  const section = h('section', { class: 'panel product-section', 'aria-labelledby': 'photos-title' });
  let current = product;

  const render = () => {
    const images = current.images || [];
    const grid = images.length
      ? h('ul', { class: 'photo-grid' }, images.map((img, i) => {
        const remove = h('button', { type: 'button', class: 'btn btn-danger btn-small', 'aria-label': `Xoá ảnh ${i + 1}` }, 'Xoá ảnh');
        remove.addEventListener('click', () => removeImage(img, i));
        return h('li', {},
          showOwnPicture(h('img', { alt: img.alt || `Ảnh ${i + 1}`, width: 200, height: 200 }), img.thumbUrl),
          h('p', { class: 'cap' }, i === 0 ? `Ảnh đại diện · ${img.alt || ''}` : img.alt || ''),
          remove);
      }))
      : h('p', { class: 'muted' }, 'Chưa có ảnh. Ảnh đầu tiên sẽ là ảnh đại diện của sản phẩm.');
    section.replaceChildren(
      h('h2', { id: 'photos-title', tabindex: '-1' }, `Ảnh sản phẩm (${images.length}/${MAX_IMAGES})`),
      grid,
      images.length < MAX_IMAGES ? uploadForm() : h('p', { class: 'muted' }, `Đã đủ ${MAX_IMAGES} ảnh.`));
  };

  const uploadForm = () => {
    const file = field({
      name: 'file', label: 'Ảnh', type: 'file',
      hint: 'JPEG, PNG hoặc WebP, tối đa 8 MB. Ảnh sáng, rõ, nền đơn giản sẽ đẹp nhất.',
      attrs: { accept: IMAGE_TYPES.join(','), required: true, class: 'file-input' },
    });
    // The browser's own file button speaks the browser's language; this one speaks Vietnamese.
    const fileName = h('span', { class: 'file-name muted' }, 'Chưa chọn ảnh');
    file.input.after(h('div', { class: 'file-picker' },
      h('label', { for: file.input.id, class: 'btn btn-secondary btn-small file-button' }, 'Chọn ảnh từ máy…'), fileName));
    const alt = field({
      name: 'alt', label: 'Mô tả ảnh', optional: true,
      hint: 'Cho người dùng trình đọc màn hình, ví dụ “Vòng bạc chạm hoa sen, nhìn nghiêng”.',
      attrs: { maxlength: 200 },
    });
    const preview = h('div', { class: 'upload-preview', 'aria-live': 'polite' });
    let previewUrl = null;
    const check = () => {
      const f = file.input.files?.[0];
      if (!f) return 'Hãy chọn một ảnh.';
      if (!IMAGE_TYPES.includes(f.type)) return 'Chỉ nhận ảnh JPEG, PNG hoặc WebP.';
      if (f.size > MAX_IMAGE_BYTES) return `Ảnh nặng ${(f.size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB, quá giới hạn 8 MB.`;
      if (f.size === 0) return 'Tệp trống.';
      return null;
    };
    file.input.addEventListener('change', () => {
      clearErrors(form);
      if (previewUrl) URL.revokeObjectURL(previewUrl);
      previewUrl = null;
      preview.replaceChildren();
      const f = file.input.files?.[0];
      fileName.textContent = f ? f.name : 'Chưa chọn ảnh';
      if (!f) return;
      const problem = check();
      if (problem) { setFieldError(file.wrapper, problem); return; }
      previewUrl = URL.createObjectURL(f);
      preview.append(h('img', { src: previewUrl, alt: 'Xem trước ảnh đã chọn' }),
        h('span', { class: 'muted small' }, `${f.name} · ${(f.size / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB`));
    });
    const submit = h('button', { type: 'submit', class: 'btn btn-secondary' }, 'Tải ảnh lên');
    const form = h('form', { class: 'form-grid', novalidate: true, 'aria-label': 'Tải ảnh lên' },
      h('h3', {}, 'Thêm ảnh'), file.wrapper, preview, alt.wrapper, h('div', { class: 'form-actions' }, submit));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(form);
      const problem = check();
      if (problem) { showErrors(form, [{ field: 'file', message: problem }]); return; }
      const data = new FormData();
      data.append('file', file.input.files[0]);
      // A text part without a charset is read as ASCII by the server, which ruins Vietnamese;
      // as a part typed text/plain;charset=UTF-8 it arrives intact.
      if (alt.input.value.trim()) data.append('alt', new Blob([alt.input.value.trim()], { type: 'text/plain;charset=UTF-8' }));
      await busy(submit, 'Đang tải ảnh…', async () => {
        try {
          current = await api(`/api/my/products/${current.id}/images`, { method: 'POST', form: data });
          if (previewUrl) URL.revokeObjectURL(previewUrl);
          onChange(current);
          render();
          toast('Đã thêm ảnh.');
          section.querySelector('h2').focus();
        } catch (err) {
          if (err instanceof ApiError && err.errors.length) showErrors(form, err.fieldErrors(), { title: 'Chưa tải được ảnh' });
          else showFormMessage(form, 'error', 'Chưa tải được ảnh', describeError(err));
        }
      });
    });
    return form;
  };

  const removeImage = async (img, i) => {
    const yes = await confirmDialog({ title: `Xoá ảnh ${i + 1}?`, text: 'Ảnh sẽ không còn hiện ở sản phẩm.', confirmLabel: 'Xoá ảnh', danger: true });
    if (!yes) return;
    try {
      current = await del(`/api/my/products/${current.id}/images/${img.id}`);
      onChange(current);
      render();
      toast('Đã xoá ảnh.');
      section.querySelector('h2').focus();
    } catch (err) {
      section.prepend(errorBox(err, { title: 'Chưa xoá được ảnh' }));
    }
  };

  render();
  return section;
}

start();
