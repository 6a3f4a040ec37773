// Small DOM helpers and the pieces several pages share: product cards, pager, messages, places.
// Text always goes in as text nodes; only the server's sanitised HTML goes through setRichText.

import { ApiError, describeError, errorId, get } from '/js/api.js';
import { ratingLine } from '/js/rating.js';
import { approxUsd, exchangeRate, LANG, LOCALE, rateNote, storefrontPath, t } from '/js/i18n.js';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The day Vietnam's two-tier local government (no more districts, merged communes) took effect. */
export const REFORM_DATE_LABEL = t('1/7/2025', '1 Jul 2025');

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
// Numbers and dates in the visitor's language ("1.250" and "1/12/2026", or "1,250" and "1 Dec 2026");
// prices stay in đồng written the Vietnamese way in both (formatVnd).
const number = new Intl.NumberFormat(LOCALE);
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE, day: 'numeric', month: LOCALE === 'vi-VN' ? 'numeric' : 'short', year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', day: '2-digit', month: LOCALE === 'vi-VN' ? '2-digit' : 'short', year: 'numeric',
});

/**
 * 1250000 → "1.250.000 ₫". Intl puts a no-break space before ₫; we use a plain space (as the
 * server's Money.formatVnd does) and keep the amount on one line with CSS (white-space: nowrap).
 */
export function formatVnd(amount) {
  if (amount === null || amount === undefined || Number.isNaN(Number(amount))) return '';
  return vnd.format(Number(amount)).replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * A price for the page: "1.250.000 ₫", and on English pages the approximate dollars beside it once
 * the rate is known ("1.250.000 ₫ (≈ US$47.53)"). Money stays VND; the dollars are an aid.
 */
export function price(amount, attrs = {}) {
  const el = h('span', { ...attrs, class: `price-vnd ${attrs.class || ''}`.trim() }, formatVnd(amount));
  const usd = h('span', { class: 'usd-approx', hidden: true });
  exchangeRate().then((rate) => {
    const text = approxUsd(amount, rate);
    if (text) fill(usd, ` (${text})`).hidden = false;
  });
  return h('span', { class: 'price-with-usd' }, el, usd);
}

/** Says once on a page how the approximate dollars were reckoned; empty (hidden) on Vietnamese pages. */
export function usdNote() {
  const note = h('p', { class: 'usd-note hint', hidden: true });
  exchangeRate().then((rate) => {
    if (rate) fill(note, rateNote(rate)).hidden = false;
  });
  return note;
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
  PENDING_PAYMENT: { label: t('Chờ thanh toán', 'Awaiting payment'), tone: 'badge-warn' },
  PAID: { label: t('Đã thanh toán', 'Paid'), tone: 'badge-ok' },
  CASH_ON_DELIVERY: { label: t('Thanh toán khi nhận hàng', 'Cash on delivery'), tone: 'badge-info' },
  COMPLETED: { label: t('Hoàn thành', 'Completed'), tone: 'badge-ok' }, // as the order tabs and the "Đã nhận hàng" dialog name it
  EXPIRED: { label: t('Hết hạn thanh toán', 'Payment expired'), tone: 'badge-danger' },
  CANCELLED: { label: t('Đã huỷ', 'Cancelled'), tone: 'badge-danger' },
  REFUNDED: { label: t('Đã hoàn tiền', 'Refunded'), tone: 'badge-info' },
};

/** A shop's part of an order (what each workshop does with it). */
export const SHOP_ORDER_STATUS = {
  PENDING_PAYMENT: { label: t('Chờ thanh toán', 'Awaiting payment'), tone: 'badge-warn' },
  PAID: { label: t('Chờ xưởng xác nhận', 'Awaiting the workshop'), tone: 'badge-warn' },
  CASH_ON_DELIVERY: { label: t('Chờ xưởng xác nhận (thu tiền khi giao)', 'Awaiting the workshop (cash on delivery)'), tone: 'badge-warn' },
  CONFIRMED: { label: t('Đã xác nhận', 'Confirmed'), tone: 'badge-info' },
  SHIPPED: { label: t('Đang giao', 'On its way'), tone: 'badge-info' },
  DELIVERED: { label: t('Đã giao', 'Delivered'), tone: 'badge-ok' },
  RETURNED: { label: t('Giao không thành, đã hoàn về', 'Not delivered, sent back'), tone: 'badge-danger' },
  CANCELLED: { label: t('Đã huỷ', 'Cancelled'), tone: 'badge-danger' },
  EXPIRED: { label: t('Hết hạn thanh toán', 'Payment expired'), tone: 'badge-danger' },
};

export const PAYMENT_METHOD = {
  VNPAY: 'VNPay',
  STRIPE: t('Thẻ quốc tế (Visa/Master)', 'International card (Visa/Mastercard)'),
  VIETQR: t('Chuyển khoản VietQR', 'VietQR bank transfer'),
  COD: t('Thanh toán khi nhận hàng', 'Cash on delivery'),
};

export const PAYMENT_STATUS = {
  PENDING: t('Chờ thanh toán', 'Awaiting payment'),
  SUCCEEDED: t('Đã thanh toán', 'Paid'),
  FAILED: t('Chưa thành công', 'Not successful'),
  REVIEW: t('Đang đối soát', 'Being reconciled'),
  EXPIRED: t('Hết hạn', 'Expired'),
  CANCELLED: t('Đã huỷ', 'Cancelled'),
};

/** Who moved an order (StatusChange.Actor). */
export const ACTORS = { SHOPPER: t('Người mua', 'Buyer'), SHOP: t('Xưởng', 'Workshop'), PAYMENT: t('Cổng thanh toán', 'Payment gateway'), CARRIER: t('Đơn vị vận chuyển', 'Carrier'), SYSTEM: t('Hệ thống', 'System') };

/** The server's standard reasons in the history; a person's own words pass through. */
const HISTORY_REASONS = {
  checkout: t('Đặt hàng', 'Ordered'),
  'payment received': t('Đã nhận tiền', 'Payment received'),
  'not paid in time': t('Quá hạn thanh toán', 'Not paid in time'),
  'confirmed by the shop': t('Xưởng xác nhận', 'Confirmed by the workshop'),
  delivered: t('Đã giao tới người nhận', 'Delivered to the recipient'),
  'cancelled by the shop': t('Xưởng huỷ', 'Cancelled by the workshop'),
  'cancelled by the shopper': t('Người mua huỷ', 'Cancelled by the buyer'),
  'every shop cancelled its part': t('Mọi xưởng đều huỷ phần của mình', 'Every workshop cancelled its part'),
  'every part delivered': t('Mọi phần đơn đã giao xong', 'Every part delivered'),
  'returned by the carrier': t('Giao không thành, hàng đã hoàn về xưởng', 'Not delivered, returned to the workshop'),
  'delivered: the carrier remitted its cash': t('Đã giao (đơn vị vận chuyển đã chuyển tiền thu hộ)', 'Delivered (the carrier remitted the cash)'),
};

/**
 * GHN's steps of a parcel in English; the server labels them in Vietnamese (shipping.GhnStatus),
 * which Vietnamese pages show as they come.
 */
const PARCEL_STEPS_EN = {
  ready_to_pick: 'Waiting for pickup', picking: 'Being picked up', money_collect_picking: 'With the sender',
  picked: 'Picked up', storing: 'In the warehouse', transporting: 'In transit', sorting: 'Being sorted',
  delivering: 'Out for delivery', money_collect_delivering: 'With the recipient', delivery_fail: 'Delivery failed',
  waiting_to_return: 'Waiting to go back', return: 'Going back', return_transporting: 'Going back, in transit',
  return_sorting: 'Going back, being sorted', returning: 'Being returned', return_fail: 'Return failed',
  returned: 'Returned to the sender', delivered: 'Delivered', exception: 'Exception', damage: 'Damaged',
  lost: 'Lost', cancel: 'Delivery cancelled', cod_transferred: 'Cash on delivery remitted',
};

/** A parcel step's label for the page: the server's Vietnamese, or English on English pages. */
export function parcelStepLabel(code, serverLabel) {
  return (LANG === 'en' && PARCEL_STEPS_EN[code]) || serverLabel || code;
}

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

export function loading(text = t('Đang tải…', 'Loading…')) {
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
  const heading = title || (err?.status === 404 ? t('Không tìm thấy', 'Not found') : t('Chưa tải được dữ liệu', 'Could not load this'));
  const actions = [];
  if (retry && err?.status !== 404) actions.push(h('button', { type: 'button', class: 'btn btn-secondary btn-small', onclick: retry }, t('Thử lại', 'Try again')));
  if (err?.status === 404) actions.push(h('a', { class: 'btn btn-secondary btn-small', href: storefrontPath('/') }, t('Về trang chủ', 'Back to the home page')));
  return noticeWith(page ? 'h1' : 'h2', 'error', heading, describeError(err, { notFound }),
    id ? h('p', { class: 'error-code' }, `${t('Mã lỗi để báo cho chúng tôi', 'Error code to quote to us')}: ${id}`) : null,
    actions.length ? h('div', { class: 'btn-row' }, actions) : null);
}

// ---- shared pieces ----

export function ocopBadge(stars, { certificate } = {}) {
  const n = Math.max(0, Math.min(5, Number(stars) || 0));
  if (!n) return null;
  const label = t(`Sản phẩm OCOP ${n} sao${certificate ? `, giấy chứng nhận số ${certificate}` : ''}`,
    `OCOP ${n}-star product${certificate ? `, certificate ${certificate}` : ''}`);
  return h('span', { class: 'badge badge-ocop', title: label },
    h('span', { 'aria-hidden': 'true' }, 'OCOP ', h('span', { class: 'stars' }, '★'.repeat(n))),
    h('span', { class: 'visually-hidden' }, label));
}

export function productCard(item) {
  const href = storefrontPath(`/san-pham/${encodeURIComponent(item.slug)}`);
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
        h('p', { class: 'price' }, item.priceVnd != null ? formatVnd(item.priceVnd) : t('Chưa có giá', 'No price yet')),
        ratingLine(item.rating),
        item.soldCount > 0 ? h('p', { class: 'meta sold-count' }, soldText(item.soldCount)) : null,
        where ? h('p', { class: 'meta' }, where) : null)));
}

/** "Đã bán 1.234": pieces delivered to buyers. */
export function soldText(count) {
  return t(`Đã bán ${formatNumber(Number(count) || 0)}`, `${formatNumber(Number(count) || 0)} sold`);
}

export function productGrid(items) {
  return h('ul', { class: 'product-grid' }, items.map(productCard));
}

/** "Trang 2 / 5" with previous and next links; hrefFor(pageIndex) builds each address. */
export function pager({ total, page, size }, hrefFor) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  const prev = page > 0
    ? h('a', { class: 'btn btn-secondary btn-small', href: hrefFor(page - 1), rel: 'prev' }, t('‹ Trang trước', '‹ Previous page'))
    : h('span', { class: 'btn btn-secondary btn-small', 'aria-disabled': 'true' }, t('‹ Trang trước', '‹ Previous page'));
  const next = page < pages - 1
    ? h('a', { class: 'btn btn-secondary btn-small', href: hrefFor(page + 1), rel: 'next' }, t('Trang sau ›', 'Next page ›'))
    : h('span', { class: 'btn btn-secondary btn-small', 'aria-disabled': 'true' }, t('Trang sau ›', 'Next page ›'));
  return h('nav', { class: 'pager', 'aria-label': t('Phân trang', 'Pages') },
    prev, h('span', { class: 'status' }, t(`Trang ${page + 1} / ${pages}`, `Page ${page + 1} of ${pages}`)), next);
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
  return t(`${now} (trước ${REFORM_DATE_LABEL}: ${before})`, `${now} (before ${REFORM_DATE_LABEL}: ${before})`);
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
export function confirmDialog({ title, text, confirmLabel = t('Đồng ý', 'OK'), cancelLabel = t('Huỷ', 'Cancel'), danger = false }) {
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
