// Small DOM helpers and the pieces several pages share: product cards, pager, messages, places.
// Text always goes in as text nodes; only the server's sanitised HTML goes through setRichText.

import { ApiError, describeError, errorId, get } from '/js/api.js';
import { ratingLine } from '/js/rating.js';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The day Vietnam's two-tier local government (no more districts, merged communes) took effect. */
export const REFORM_DATE_LABEL = '1/7/2025';

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('vi-VN');
const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric',
});

/**
 * 1250000 → "1.250.000 ₫". Intl puts a no-break space before ₫; we use a plain space (as the
 * server's Money.formatVnd does) and keep the amount on one line with CSS (white-space: nowrap).
 */
export function formatVnd(amount) {
  if (amount === null || amount === undefined || Number.isNaN(Number(amount))) return '';
  return vnd.format(Number(amount)).replace(/[\u00a0\u202f]/g, ' ');
}

export function formatNumber(n) {
  return number.format(n);
}

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
}

export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateTimeFormat.format(d);
}

// ---- orders ----

/** An order's status for shoppers; tone is the badge class. */
export const ORDER_STATUS = {
  PENDING_PAYMENT: { label: 'Chờ thanh toán', tone: 'badge-warn' },
  PAID: { label: 'Đã thanh toán', tone: 'badge-ok' },
  CASH_ON_DELIVERY: { label: 'Thanh toán khi nhận hàng', tone: 'badge-info' },
  COMPLETED: { label: 'Hoàn thành', tone: 'badge-ok' }, // as the order tabs and the "Đã nhận hàng" dialog name it
  EXPIRED: { label: 'Hết hạn thanh toán', tone: 'badge-danger' },
  CANCELLED: { label: 'Đã huỷ', tone: 'badge-danger' },
  REFUNDED: { label: 'Đã hoàn tiền', tone: 'badge-info' },
};

/** A shop's part of an order (what each workshop does with it). */
export const SHOP_ORDER_STATUS = {
  PENDING_PAYMENT: { label: 'Chờ thanh toán', tone: 'badge-warn' },
  PAID: { label: 'Chờ xưởng xác nhận', tone: 'badge-warn' },
  CASH_ON_DELIVERY: { label: 'Chờ xưởng xác nhận (thu tiền khi giao)', tone: 'badge-warn' },
  CONFIRMED: { label: 'Đã xác nhận', tone: 'badge-info' },
  SHIPPED: { label: 'Đang giao', tone: 'badge-info' },
  DELIVERED: { label: 'Đã giao', tone: 'badge-ok' },
  RETURNED: { label: 'Giao không thành, đã hoàn về', tone: 'badge-danger' },
  CANCELLED: { label: 'Đã huỷ', tone: 'badge-danger' },
  EXPIRED: { label: 'Hết hạn thanh toán', tone: 'badge-danger' },
};

export const PAYMENT_METHOD = {
  VNPAY: 'VNPay',
  STRIPE: 'Thẻ quốc tế (Visa/Master)',
  VIETQR: 'Chuyển khoản VietQR',
  COD: 'Thanh toán khi nhận hàng',
};

export const PAYMENT_STATUS = {
  PENDING: 'Chờ thanh toán',
  SUCCEEDED: 'Đã thanh toán',
  FAILED: 'Chưa thành công',
  REVIEW: 'Đang đối soát',
  EXPIRED: 'Hết hạn',
  CANCELLED: 'Đã huỷ',
};

/** Who moved an order (StatusChange.Actor). */
export const ACTORS = { SHOPPER: 'Người mua', SHOP: 'Xưởng', PAYMENT: 'Cổng thanh toán', CARRIER: 'Đơn vị vận chuyển', SYSTEM: 'Hệ thống' };

/** The server's standard reasons in the history; a person's own words pass through. */
const HISTORY_REASONS = {
  checkout: 'Đặt hàng',
  'payment received': 'Đã nhận tiền',
  'not paid in time': 'Quá hạn thanh toán',
  'confirmed by the shop': 'Xưởng xác nhận',
  delivered: 'Đã giao tới người nhận',
  'cancelled by the shop': 'Xưởng huỷ',
  'cancelled by the shopper': 'Người mua huỷ',
  'every shop cancelled its part': 'Mọi xưởng đều huỷ phần của mình',
  'every part delivered': 'Mọi phần đơn đã giao xong',
  'returned by the carrier': 'Giao không thành, hàng đã hoàn về xưởng',
  'delivered: the carrier remitted its cash': 'Đã giao (đơn vị vận chuyển đã chuyển tiền thu hộ)',
};

/** "Người mua · Đặt hàng" for one history entry. */
export function historyActor(change) {
  const reason = change.reason ? (HISTORY_REASONS[change.reason] || change.reason) : null;
  return [ACTORS[change.by] || change.by, reason].filter(Boolean).join(' · ');
}

/** <span class="badge …" data-status="PAID">Đã thanh toán</span>; `labels` is one of the maps above. */
export function statusBadge(status, labels = ORDER_STATUS, attrs = {}) {
  const known = labels[status] || { label: status, tone: '' };
  return h('span', { class: `badge status-badge ${known.tone}`.trim(), ...attrs, dataset: { status } }, known.label);
}

/** "Mã 1: Kích cỡ 16" style text for a cart line's options map. */
export function optionsText(options) {
  return Object.entries(options || {}).map(([name, value]) => `${name}: ${value}`).join(' · ');
}

/** Builds an element: h('a', {href, class: 'x'}, 'text', childNode). Attributes null/false are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'text') el.textContent = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Replaces an element's children; null, undefined and false children are skipped. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Inserts HTML the server has already sanitised (product and shop descriptions). Nothing else. */
export function setRichText(el, sanitisedHtml) {
  el.innerHTML = sanitisedHtml || '';
}

export function setPageState(state) {
  document.body.dataset.state = state;
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), 'Làng Nghề Market'].join(' · ');
}

export function params() {
  return new URLSearchParams(location.search);
}

/** The 1-based page in the address, as the 0-based page the API wants. */
export function pageParam() {
  const p = Number.parseInt(params().get('page') || '1', 10);
  return Number.isFinite(p) && p >= 1 ? p - 1 : 0;
}

/** Only http(s) links from data reach an href. */
export function safeUrl(url) {
  try {
    const u = new URL(url, location.origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// ---- messages ----

export function loading(text = 'Đang tải…') {
  return h('p', { class: 'loading', role: 'status' }, text);
}

export function notice(kind, title, text, ...extra) {
  return noticeWith('h2', kind, title, text, ...extra);
}

function noticeWith(heading, kind, title, text, ...extra) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : null },
    title ? h(heading, {}, title) : null,
    text ? h('p', {}, text) : null,
    ...extra);
}

export function emptyState(title, text, action) {
  return h('div', { class: 'notice notice-empty' },
    h('h3', {}, title),
    text ? h('p', {}, text) : null,
    action ? h('div', { class: 'btn-row btn-row-center' }, action) : null);
}

/**
 * A friendly error box; `retry` adds a "Thử lại" button (not for 404). `page: true` when the error
 * is the whole page, so its title is the page's h1.
 */
export function errorBox(err, { title, notFound, retry, page = false } = {}) {
  if (!(err instanceof ApiError)) console.error(err);
  const id = errorId(err);
  const heading = title || (err?.status === 404 ? 'Không tìm thấy' : 'Chưa tải được dữ liệu');
  const actions = [];
  if (retry && err?.status !== 404) actions.push(h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: retry }, 'Thử lại'));
  if (err?.status === 404) actions.push(h('a', { class: 'btn btn-secondary btn-small', href: '/' }, 'Về trang chủ'));
  return noticeWith(page ? 'h1' : 'h2', 'error', heading, describeError(err, { notFound }),
    id ? h('p', { class: 'error-code' }, `Mã lỗi để báo cho chúng tôi: ${id}`) : null,
    actions.length ? h('div', { class: 'btn-row' }, actions) : null);
}

// ---- shared pieces ----

export function ocopBadge(stars, { certificate } = {}) {
  const n = Math.max(0, Math.min(5, Number(stars) || 0));
  if (!n) return null;
  const label = `Sản phẩm OCOP ${n} sao${certificate ? `, giấy chứng nhận số ${certificate}` : ''}`;
  return h('span', { class: 'badge badge-ocop', title: label },
    h('span', { 'aria-hidden': 'true' }, 'OCOP ', h('span', { class: 'stars' }, '★'.repeat(n))),
    h('span', { class: 'visually-hidden' }, label));
}

export function productCard(item) {
  const href = `/product.html?slug=${encodeURIComponent(item.slug)}`;
  const img = item.imageUrl
    ? h('img', { src: item.imageUrl, alt: '', loading: 'lazy', decoding: 'async', width: 400, height: 400 })
    : h('img', { src: '/img/no-photo.svg', alt: '', width: 400, height: 400 });
  const where = [item.shopName, item.villageName].filter(Boolean).join(' · ');
  return h('li', {},
    h('article', { class: 'card product-card' },
      h('div', { class: 'media' }, img),
      ocopBadge(item.ocopStars),
      h('div', { class: 'body' },
        h('h3', {}, h('a', { href }, item.title)),
        h('span', { class: 'spacer' }),
        h('p', { class: 'price' }, item.priceVnd != null ? formatVnd(item.priceVnd) : 'Chưa có giá'),
        ratingLine(item.rating),
        item.soldCount > 0 ? h('p', { class: 'meta sold-count' }, soldText(item.soldCount)) : null,
        where ? h('p', { class: 'meta' }, where) : null)));
}

/** "Đã bán 1.234": pieces delivered to buyers. */
export function soldText(count) {
  return `Đã bán ${formatNumber(Number(count) || 0)}`;
}

export function productGrid(items) {
  return h('ul', { class: 'product-grid' }, items.map(productCard));
}

/** "Trang 2 / 5" with previous and next links; hrefFor(pageIndex) builds each address. */
export function pager({ total, page, size }, hrefFor) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  const prev = page > 0
    ? h('a', { class: 'btn btn-secondary btn-small', href: hrefFor(page - 1), rel: 'prev' }, '‹ Trang trước')
    : h('span', { class: 'btn btn-secondary btn-small', 'aria-disabled': 'true' }, '‹ Trang trước');
  const next = page < pages - 1
    ? h('a', { class: 'btn btn-secondary btn-small', href: hrefFor(page + 1), rel: 'next' }, 'Trang sau ›')
    : h('span', { class: 'btn btn-secondary btn-small', 'aria-disabled': 'true' }, 'Trang sau ›');
  return h('nav', { class: 'pager', 'aria-label': 'Phân trang' },
    prev, h('span', { class: 'status' }, `Trang ${page + 1} / ${pages}`), next);
}

/** The address of this page with ?page= set (1-based for people). */
export function hrefWithPage(pageIndex) {
  const p = params();
  if (pageIndex > 0) p.set('page', String(pageIndex + 1));
  else p.delete('page');
  const q = p.toString();
  return `${location.pathname}${q ? `?${q}` : ''}`;
}

// ---- places ----

/** "Xã Trà Giang, Tỉnh Hưng Yên" */
export function placeNow(commune, province) {
  return [commune?.name, province?.name].filter(Boolean).join(', ');
}

/** "Xã Hồng Thái, Huyện Kiến Xương, Tỉnh Thái Bình" */
export function placeBefore(former) {
  if (!former) return '';
  return [former.name, former.district?.name, former.province?.name].filter(Boolean).join(', ');
}

/** "Xã Trà Giang, Tỉnh Hưng Yên (trước 1/7/2025: Xã Hồng Thái, Huyện Kiến Xương, Tỉnh Thái Bình)" */
export function placeLine(commune, province, former) {
  const now = placeNow(commune, province);
  const before = placeBefore(former);
  if (!before || before === now) return now;
  return `${now} (trước ${REFORM_DATE_LABEL}: ${before})`;
}

/**
 * The short village form inside products and shops has no province for today's commune; the
 * village endpoint has it. Resolves to the ref with `province` filled in when it can be found.
 */
export async function withProvince(villageRef) {
  if (!villageRef?.slug || villageRef.province) return villageRef;
  try {
    const full = await get(`/api/craft-villages/${encodeURIComponent(villageRef.slug)}`);
    return { ...villageRef, province: full.province, commune: villageRef.commune || full.commune };
  } catch {
    return villageRef;
  }
}

// ---- little interactions ----

let toastTimer = null;
export function toast(text) {
  let el = document.getElementById('toast');
  if (!el) {
    el = h('div', { id: 'toast', class: 'toast', role: 'status', 'aria-live': 'polite', hidden: true });
    document.body.append(el);
  }
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 4000);
}

/** A modal yes/no question in a <dialog>; resolves true when confirmed. */
export function confirmDialog({ title, text, confirmLabel = 'Đồng ý', cancelLabel = 'Huỷ', danger = false }) {
  return new Promise((resolve) => {
    const confirmButton = h('button', { type: 'submit', value: 'yes', class: danger ? 'btn btn-danger' : 'btn' }, confirmLabel);
    const cancelButton = h('button', { type: 'submit', value: 'no', class: 'btn btn-secondary' }, cancelLabel);
    const dialog = h('dialog', { 'aria-labelledby': 'confirm-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'confirm-title' }, title),
        text ? h('p', {}, text) : null,
        h('div', { class: 'btn-row' }, confirmButton, cancelButton)));
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'yes');
      dialog.remove();
    });
    dialog.showModal();
    cancelButton.focus();
  });
}
