// What the returns pages share: Vietnamese labels of the states and reasons, and a return's card.

import { h, notice, formatVnd, formatDateTime, safeUrl } from '/js/ui.js';
import { showOwnPicture } from '/js/pictures.js';

export const RETURN_STATUS = {
  REQUESTED: 'Chờ xưởng trả lời',
  ACCEPTED: 'Xưởng đồng ý, chờ nhận hàng trả',
  REFUSED: 'Xưởng từ chối',
  ESCALATED: 'Đang chờ ban quản lý phân xử',
  REFUNDED: 'Đã nhận hàng trả, hoàn tiền',
  DECIDED: 'Ban quản lý đã phân xử',
  CLOSED: 'Đã đóng',
};

export const RETURN_REASON = {
  WRONG_ITEM: 'Giao sai sản phẩm',
  DAMAGED: 'Hàng bị hỏng, vỡ',
  NOT_AS_DESCRIBED: 'Không đúng mô tả',
  CHANGED_MIND: 'Đổi ý, không muốn mua nữa',
  NOT_RECEIVED: 'Chưa nhận được hàng',
};

export const REFUND_STATUS = {
  DUE: 'Đang chờ hoàn tiền',
  SENDING: 'Đang hoàn tiền',
  SUCCEEDED: 'Đã hoàn tiền',
  PAID: 'Đã chuyển khoản hoàn tiền',
  FAILED: 'Hoàn tiền gặp lỗi, ban quản lý đang xử lý',
};

const ACTOR = { BUYER: 'Người mua', SHOP: 'Xưởng', OFFICER: 'Cán bộ', ADMIN: 'Quản trị', SYSTEM: 'Hệ thống' };
const ACTION = {
  REQUESTED: 'Yêu cầu trả hàng', ACCEPTED: 'Chấp nhận', REFUSED: 'Từ chối', SENT_BACK: 'Gửi hàng trả',
  ESCALATED: 'Khiếu nại lên ban quản lý', REFUNDED: 'Hoàn tiền', DECIDED: 'Phân xử', CLOSED: 'Đóng',
  BANK_REFUND_PAID: 'Đã chuyển khoản', PICKUP_BOOKED: 'Đặt GHN lấy hàng trả', PICKUP_CANCELLED: 'Huỷ đơn GHN lấy hàng trả',
  PARCEL_DELIVERED: 'GHN đã giao hàng trả về xưởng', PARCEL_PICKED_UP: 'GHN đã lấy hàng trả',
  PARCEL_FAILED: 'GHN giao hàng trả không thành công', PARCEL_RETURNED: 'GHN trả lại hàng cho người mua',
};

/** The carrier's pickup of a return, as both sides read it: code, status, tracking link. */
function pickupLine(r) {
  const p = r.pickup;
  if (!p) return null;
  const link = safeUrl(p.trackingUrl);
  return h('p', { class: 'small return-pickup', dataset: { code: p.orderCode, status: p.status } },
    h('strong', {}, `${p.carrier} lấy hàng trả: `),
    link ? h('a', { href: link, target: '_blank', rel: 'noopener' }, p.orderCode) : p.orderCode,
    ` · ${p.statusLabel || p.status}`,
    r.parcelDeliveredAt ? ` · đến xưởng ${formatDateTime(r.parcelDeliveredAt)}` : '');
}

/** A return as both sides read it; {@code actions} are appended (forms and buttons). */
export function returnCard(r, ...actions) {
  const refunded = r.refundStatus === 'SUCCEEDED' || r.refundStatus === 'PAID';
  return h('section', { class: 'panel return-card', dataset: { id: String(r.id), status: r.status, refund: r.refundStatus || '' } },
    h('div', { class: 'part-head' },
      h('h3', {}, `Trả hàng #${r.id}`, r.shopName ? h('small', {}, ` · ${r.shopName}`) : null),
      h('span', { class: 'badge return-status' }, RETURN_STATUS[r.status] || r.status)),
    h('p', { class: 'small' }, h('strong', {}, 'Lý do: '), RETURN_REASON[r.reason] || r.reason, ' — ', r.text),
    h('ul', { class: 'order-lines' }, r.lines.map((l) => h('li', { dataset: { sku: l.sku } },
      h('span', { class: 'summary-title' }, l.title, h('small', {}, `${l.quantity} × ${formatVnd(l.unitPriceVnd)}`)),
      h('span', { class: 'price' }, formatVnd(l.lineTotalVnd))))),
    r.photos?.length ? h('div', { class: 'return-photos' }, r.photos.map((p) => returnPhoto(p.url, 96))) : null,
    r.dueAt && !r.closedAt ? h('p', { class: r.overdue ? 'small notice-warn' : 'small muted' },
      `Hạn bước tiếp theo: ${formatDateTime(r.dueAt)}`, r.overdue ? ' (đã quá hạn)' : '') : null,
    r.refusalReason ? h('p', { class: 'small refusal' }, h('strong', {}, 'Xưởng từ chối vì: '), r.refusalReason) : null,
    r.trackingCode && !(r.pickup && r.pickup.orderCode === r.trackingCode)
      ? h('p', { class: 'small' }, `Gửi trả qua ${r.carrier} · mã ${r.trackingCode}`) : null,
    pickupLine(r),
    r.decision ? h('p', { class: 'small decision' }, h('strong', {}, 'Quyết định: '),
      `hoàn ${formatVnd(r.decision.refundVnd)}. ${r.decision.note}`) : null,
    r.refundStatus ? h('p', { class: refunded ? 'return-refund notice-ok' : 'return-refund' },
      `${REFUND_STATUS[r.refundStatus] || r.refundStatus}: `, h('strong', { class: 'price refund-amount' }, formatVnd(r.refundedVnd))) : null,
    r.steps?.length ? h('details', { class: 'return-steps' }, h('summary', {}, 'Các bước'),
      h('ol', {}, r.steps.map((s) => h('li', {}, `${formatDateTime(s.at)} · ${ACTOR[s.actor] || s.actor}: ${ACTION[s.action] || s.action}`)))) : null,
    ...actions);
}

/**
 * A button that runs {@code task}, then {@code after}; a refusal shows beside it, in the words
 * {@code failure(err)} gives. Answers [button, message] to place in a row.
 */
export function actionButton(label, cls, task, after,
  failure = (err) => notice('error', 'Chưa thực hiện được', problemMessage(err))) {
  const message = h('span', { role: 'status' });
  const button = h('button', { class: `btn ${cls}`, type: 'button' }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await task();
      await after();
    } catch (err) {
      message.replaceChildren(failure(err));
      button.disabled = false;
    }
  });
  return [button, message];
}

/** The first field a problem names, in words the page shows. */
export function problemMessage(err) {
  const first = err?.errors?.[0];
  if (first) return `${first.field}: ${first.message}`;
  return err?.detail || 'Không thực hiện được, vui lòng thử lại.';
}

/**
 * A small form of its own: on submit runs {@code task(data)} with its fields, then {@code after};
 * a refusal shows under the form with the field it names.
 */
export function actionForm(cls, fields, buttonLabel, failTitle, task, after) {
  const message = h('div', { role: 'status' });
  const button = h('button', { class: 'btn', type: 'submit' }, buttonLabel);
  const form = h('form', { class: `${cls} stack` }, ...fields, button, message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      await task(new FormData(form));
      await after();
    } catch (err) {
      message.replaceChildren(notice('error', failTitle, problemMessage(err)));
      button.disabled = false;
    }
  });
  return form;
}

/** A return's photo is private (buyer, shop, officers): fetched with the sign-in token an <img> cannot send. */
export function returnPhoto(url, size) {
  return showOwnPicture(h('img', { alt: 'Ảnh người mua gửi', width: String(size), height: String(size) }), url);
}
