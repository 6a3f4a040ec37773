// What the returns pages share: labels of the states and reasons (English on the buyer's English
// order page, Vietnamese on the workshop's desk), and a return's card.

import { h, notice, formatVnd, formatDateTime, parcelStepLabel, safeUrl } from '/js/ui.js';
import { showOwnPicture } from '/js/pictures.js';
import { t } from '/js/i18n.js';

export const RETURN_STATUS = {
  REQUESTED: t('Chờ xưởng trả lời', 'Waiting for the workshop'),
  ACCEPTED: t('Xưởng đồng ý, chờ nhận hàng trả', 'Accepted; the workshop awaits the parcel'),
  REFUSED: t('Xưởng từ chối', 'Refused by the workshop'),
  ESCALATED: t('Đang chờ ban quản lý phân xử', 'Waiting for the market\'s decision'),
  REFUNDED: t('Đã nhận hàng trả, hoàn tiền', 'Parcel received, refunded'),
  DECIDED: t('Ban quản lý đã phân xử', 'Decided by the market'),
  CLOSED: t('Đã đóng', 'Closed'),
};

export const RETURN_REASON = {
  WRONG_ITEM: t('Giao sai sản phẩm', 'Wrong item delivered'),
  DAMAGED: t('Hàng bị hỏng, vỡ', 'Damaged or broken'),
  NOT_AS_DESCRIBED: t('Không đúng mô tả', 'Not as described'),
  CHANGED_MIND: t('Đổi ý, không muốn mua nữa', 'Changed my mind'),
  NOT_RECEIVED: t('Chưa nhận được hàng', 'Not received'),
};

export const REFUND_STATUS = {
  DUE: t('Đang chờ hoàn tiền', 'Refund due'),
  SENDING: t('Đang hoàn tiền', 'Refund on its way'),
  SUCCEEDED: t('Đã hoàn tiền', 'Refunded'),
  PAID: t('Đã chuyển khoản hoàn tiền', 'Refund transferred'),
  FAILED: t('Hoàn tiền gặp lỗi, ban quản lý đang xử lý', 'The refund failed; the market is seeing to it'),
};

const ACTOR = { BUYER: t('Người mua', 'Buyer'), SHOP: t('Xưởng', 'Workshop'), OFFICER: t('Cán bộ', 'Officer'), ADMIN: t('Quản trị', 'Administrator'), SYSTEM: t('Hệ thống', 'System') };
const ACTION = {
  REQUESTED: t('Yêu cầu trả hàng', 'Return asked'), ACCEPTED: t('Chấp nhận', 'Accepted'), REFUSED: t('Từ chối', 'Refused'), SENT_BACK: t('Gửi hàng trả', 'Parcel sent back'),
  ESCALATED: t('Khiếu nại lên ban quản lý', 'Complaint to the market'), REFUNDED: t('Hoàn tiền', 'Refunded'), DECIDED: t('Phân xử', 'Decided'), CLOSED: t('Đóng', 'Closed'),
  BANK_REFUND_PAID: t('Đã chuyển khoản', 'Transferred'), PICKUP_BOOKED: t('Đặt GHN lấy hàng trả', 'GHN pickup booked'), PICKUP_CANCELLED: t('Huỷ đơn GHN lấy hàng trả', 'GHN pickup cancelled'),
  PARCEL_DELIVERED: t('GHN đã giao hàng trả về xưởng', 'GHN delivered the parcel to the workshop'), PARCEL_PICKED_UP: t('GHN đã lấy hàng trả', 'GHN picked the parcel up'),
  PARCEL_FAILED: t('GHN giao hàng trả không thành công', 'GHN could not deliver the parcel'), PARCEL_RETURNED: t('GHN trả lại hàng cho người mua', 'GHN brought the parcel back to the buyer'),
};

/** The carrier's pickup of a return, as both sides read it: code, status, tracking link. */
function pickupLine(r) {
  const p = r.pickup;
  if (!p) return null;
  const link = safeUrl(p.trackingUrl);
  return h('p', { class: 'small return-pickup', dataset: { code: p.orderCode, status: p.status } },
    h('strong', {}, t(`${p.carrier} lấy hàng trả: `, `${p.carrier} pickup: `)),
    link ? h('a', { href: link, target: '_blank', rel: 'noopener' }, p.orderCode) : p.orderCode,
    ` · ${parcelStepLabel(p.status, p.statusLabel)}`,
    r.parcelDeliveredAt ? t(` · đến xưởng ${formatDateTime(r.parcelDeliveredAt)}`, ` · at the workshop ${formatDateTime(r.parcelDeliveredAt)}`) : '');
}

/** A return as both sides read it; {@code actions} are appended (forms and buttons). */
export function returnCard(r, ...actions) {
  const refunded = r.refundStatus === 'SUCCEEDED' || r.refundStatus === 'PAID';
  return h('section', { class: 'panel return-card', dataset: { id: String(r.id), status: r.status, refund: r.refundStatus || '' } },
    h('div', { class: 'part-head' },
      h('h3', {}, t(`Trả hàng #${r.id}`, `Return #${r.id}`), r.shopName ? h('small', {}, ` · ${r.shopName}`) : null),
      h('span', { class: 'badge return-status' }, RETURN_STATUS[r.status] || r.status)),
    h('p', { class: 'small' }, h('strong', {}, t('Lý do: ', 'Reason: ')), RETURN_REASON[r.reason] || r.reason, ' — ', r.text),
    h('ul', { class: 'order-lines' }, r.lines.map((l) => h('li', { dataset: { sku: l.sku } },
      h('span', { class: 'summary-title' }, l.title, h('small', {}, `${l.quantity} × ${formatVnd(l.unitPriceVnd)}`)),
      h('span', { class: 'price' }, formatVnd(l.lineTotalVnd))))),
    r.photos?.length ? h('div', { class: 'return-photos' }, r.photos.map((p) => returnPhoto(p.url, 96))) : null,
    r.dueAt && !r.closedAt ? h('p', { class: r.overdue ? 'small notice-warn' : 'small muted' },
      t(`Hạn bước tiếp theo: ${formatDateTime(r.dueAt)}`, `Next step due: ${formatDateTime(r.dueAt)}`), r.overdue ? t(' (đã quá hạn)', ' (overdue)') : '') : null,
    r.refusalReason ? h('p', { class: 'small refusal' }, h('strong', {}, t('Xưởng từ chối vì: ', 'The workshop refused because: ')), r.refusalReason) : null,
    r.trackingCode && !(r.pickup && r.pickup.orderCode === r.trackingCode)
      ? h('p', { class: 'small' }, t(`Gửi trả qua ${r.carrier} · mã ${r.trackingCode}`, `Sent back with ${r.carrier} · code ${r.trackingCode}`)) : null,
    pickupLine(r),
    r.decision ? h('p', { class: 'small decision' }, h('strong', {}, t('Quyết định: ', 'Decision: ')),
      t(`hoàn ${formatVnd(r.decision.refundVnd)}. ${r.decision.note}`, `refund ${formatVnd(r.decision.refundVnd)}. ${r.decision.note}`)) : null,
    r.refundStatus ? h('p', { class: refunded ? 'return-refund notice-ok' : 'return-refund' },
      `${REFUND_STATUS[r.refundStatus] || r.refundStatus}: `, h('strong', { class: 'price refund-amount' }, formatVnd(r.refundedVnd))) : null,
    r.steps?.length ? h('details', { class: 'return-steps' }, h('summary', {}, t('Các bước', 'Steps')),
      h('ol', {}, r.steps.map((s) => h('li', {}, `${formatDateTime(s.at)} · ${ACTOR[s.actor] || s.actor}: ${ACTION[s.action] || s.action}`)))) : null,
    ...actions);
}

/**
 * A button that runs {@code task}, then {@code after}; a refusal shows beside it, in the words
 * {@code failure(err)} gives. Answers [button, message] to place in a row.
 */
export function actionButton(label, cls, task, after,
  failure = (err) => notice('error', t('Chưa thực hiện được', 'That did not work'), problemMessage(err))) {
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
  return err?.detail || t('Không thực hiện được, vui lòng thử lại.', 'That did not work; please try again.');
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
  return showOwnPicture(h('img', { alt: t('Ảnh người mua gửi', 'Photo sent by the buyer'), width: String(size), height: String(size) }), url);
}
