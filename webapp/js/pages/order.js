// One of the shopper's orders: status, each workshop's part with its lines and shipping, totals,
// address, payment (with a countdown while unpaid, the way to pay, and a new attempt after a
// failed one), history in Vietnam time, and cancelling while allowed.
// Hooks for the browser test: #order-number, #order-status[data-status], .shop-part[data-id][data-status],
// #cod-panel and #cod-due (cash on delivery),
// #pay-now, #retry-payment, #cancel-order, #confirm-received, #payment-countdown, .tracking-link,
// .parcel[data-status] > .parcel-steps li[data-step], body[data-state]; VietQR's in /js/vietqr.js.

import { ApiError, describeError, get, isSignedIn, post, translate } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { attachThreads } from '/js/order-thread.js';
import { vietQrTransfer } from '/js/vietqr.js';
import { mountOrderReviews } from '/js/pages/order-reviews.js';
import {
  h, fill, loading, errorBox, notice, params, setPageState, setTitle, formatVnd, formatNumber, formatDateTime, parcelStepLabel, price, usdNote,
  historyActor, statusBadge, toast, confirmDialog, ORDER_STATUS, SHOP_ORDER_STATUS, PAYMENT_METHOD, PAYMENT_STATUS,
} from '/js/ui.js';
import { t } from '/js/i18n.js';

const { me } = mountLayout({ active: 'orders' });

const number = params().get('number');
const root = document.getElementById('order');
let countdownTimer = null;


function loginRedirect() {
  location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
}

function statusLabel(status, isPart) {
  const labels = isPart ? SHOP_ORDER_STATUS : ORDER_STATUS;
  return labels[status]?.label || status || '';
}

// ---- pieces ----

function partElement(part) {
  return h('section', { class: 'shop-part panel', dataset: { id: String(part.id), status: part.status }, 'aria-labelledby': `part-${part.id}-title` },
    h('div', { class: 'part-head' },
      h('h3', { id: `part-${part.id}-title` }, part.shop?.name || t('Xưởng', 'Workshop')),
      statusBadge(part.status, SHOP_ORDER_STATUS)),
    h('ul', { class: 'order-lines' }, part.lines.map((line) => h('li', { dataset: { sku: line.sku } },
      h('span', { class: 'summary-title' }, line.title,
        line.options ? h('small', {}, line.options) : null,
        h('small', {}, `${formatNumber(line.quantity)} × ${formatVnd(line.unitPriceVnd)}`)),
      h('span', { class: 'price' }, formatVnd(line.lineTotalVnd))))),
    h('dl', { class: 'totals' },
      h('div', {}, h('dt', {}, t('Tiền hàng', 'Goods')), h('dd', {}, formatVnd(part.itemsTotalVnd))),
      h('div', {}, h('dt', {}, t('Phí vận chuyển', 'Shipping')), h('dd', { class: 'shipping-fee' }, formatVnd(part.shippingVnd))),
      h('div', { class: 'grand' }, h('dt', {}, t('Cộng', 'Total')), h('dd', {}, formatVnd(part.totalVnd))),
      codToPay(part) ? h('div', { class: 'cod-due' }, h('dt', {}, t('Trả người giao hàng', 'Pay the courier')), h('dd', { class: 'price' }, formatVnd(part.codVnd))) : null),
    part.carrier || part.trackingCode
      ? h('p', { class: 'tracking' }, t('Vận chuyển: ', 'Carrier: '), h('strong', {}, part.carrier || ''),
        part.trackingCode ? [t(' · mã vận đơn ', ' · tracking code '), h('strong', { class: 'tracking-code' }, part.trackingCode)] : null,
        part.trackingUrl ? [' · ', h('a', { class: 'tracking-link', href: part.trackingUrl, target: '_blank', rel: 'noopener' }, t('Theo dõi trên trang của hãng vận chuyển', 'Track it on the carrier\'s site'))] : null)
      : null,
    part.parcel ? parcelSteps(part.parcel) : null);
}

/** The carrier's own steps for the parcel, newest first, in Vietnam time. */
function parcelSteps(parcel) {
  // the server lists them in the order they happened (arrival breaks ties of the same second)
  const steps = [...(parcel.steps || [])].reverse();
  return h('div', { class: 'parcel', dataset: { status: parcel.status } },
    h('p', { class: 'parcel-status' }, `${parcel.carrier}: `, h('strong', {}, parcelStepLabel(parcel.status, parcel.statusLabel)),
      parcel.expectedDelivery && !['delivered', 'returned'].includes(parcel.status)
        ? h('span', { class: 'muted small' }, t(` · dự kiến giao ${formatDateTime(parcel.expectedDelivery)}`, ` · expected ${formatDateTime(parcel.expectedDelivery)}`)) : null),
    h('ol', { class: 'history parcel-steps' }, steps.map((s) => h('li', { dataset: { step: s.step } },
      h('time', { datetime: s.at }, formatDateTime(s.at)), h('span', {}, parcelStepLabel(s.step, s.label))))));
}

function countdown(expiresAt, onEnd) {
  const el = h('p', { id: 'payment-countdown', class: 'countdown', role: 'timer' });
  const end = Date.parse(expiresAt);
  if (Number.isNaN(end)) return null;
  const tick = () => {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    const m = Math.floor(left / 60);
    const s = String(left % 60).padStart(2, '0');
    el.textContent = left > 0
      ? t(`Thanh toán trước ${formatDateTime(expiresAt)} (còn ${m}:${s})`, `Pay by ${formatDateTime(expiresAt)} (${m}:${s} left)`)
      : t('Đã hết hạn thanh toán.', 'The time to pay has run out.');
    if (left === 0) {
      clearInterval(countdownTimer);
      countdownTimer = null;
      onEnd();
    }
  };
  clearInterval(countdownTimer);
  countdownTimer = setInterval(tick, 1000);
  tick();
  return el;
}

/** A cash-on-delivery parcel still to be paid to its courier. */
function codToPay(part) {
  return part.codVnd != null && ['CASH_ON_DELIVERY', 'CONFIRMED', 'SHIPPED'].includes(part.status);
}

function codPanel(order) {
  const due = order.shopOrders.filter(codToPay);
  const dueVnd = due.reduce((sum, part) => sum + part.codVnd, 0);
  return h('section', { class: 'panel', id: 'cod-panel', 'aria-labelledby': 'payment-title' },
    h('h2', { id: 'payment-title' }, t('Thanh toán', 'Payment')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('Cách thanh toán', 'Payment method')), h('dd', { id: 'payment-method' }, t('Thanh toán khi nhận hàng', 'Cash on delivery')),
      h('dt', {}, t('Số tiền trả người giao hàng', 'To pay the courier')), h('dd', { id: 'cod-due', class: 'price' }, formatVnd(dueVnd))),
    due.length > 1
      ? h('p', { class: 'muted small' }, t(`Đơn có ${due.length} kiện của các xưởng khác nhau, mỗi kiện trả riêng cho người giao số tiền ghi ở kiện đó.`,
        `The order comes in ${due.length} parcels from different workshops; pay each courier the amount shown for that parcel.`))
      : null,
    h('p', { class: 'muted small' }, due.length
      ? t('Bạn chỉ trả tiền khi nhận hàng, bằng tiền mặt cho người giao. Hãy chuẩn bị đúng số tiền.', 'You pay only when the parcel arrives, in cash to the courier. Please have the exact amount ready.')
      : t('Không còn kiện nào phải trả tiền cho người giao.', 'No parcel is left to pay the courier for.')));
}

function paymentPanel(order) {
  if (order.paymentMethod === 'COD') return codPanel(order);
  const payment = order.payment;
  const pending = order.status === 'PENDING_PAYMENT';
  const children = [
    h('h2', { id: 'payment-title' }, t('Thanh toán', 'Payment')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('Cách thanh toán', 'Payment method')), h('dd', { id: 'payment-method' }, PAYMENT_METHOD[order.paymentMethod] || order.paymentMethod),
      payment ? [h('dt', {}, t('Trạng thái', 'Status')), h('dd', { id: 'payment-status', dataset: { status: payment.status } }, PAYMENT_STATUS[payment.status] || payment.status)] : null,
      payment ? [h('dt', {}, t('Số tiền', 'Amount')), h('dd', { class: 'price' }, formatVnd(payment.amountVnd))] : null,
      order.paidAt ? [h('dt', {}, t('Thanh toán lúc', 'Paid at')), h('dd', {}, formatDateTime(order.paidAt))] : null),
  ];
  if (pending && payment) {
    children.push(countdown(payment.expiresAt || order.paymentDueAt, () => setTimeout(() => load({ quiet: true }), 2000)));
    const result = h('div', { role: 'status', 'aria-live': 'polite' });
    const actions = [];
    if (payment.status === 'PENDING' && payment.redirectUrl) {
      actions.push(h('a', { class: 'btn', id: 'pay-now', href: payment.redirectUrl }, t(`Thanh toán qua ${PAYMENT_METHOD[payment.method] || payment.method}`, `Pay with ${PAYMENT_METHOD[payment.method] || payment.method}`)));
    }
    if (payment.status === 'PENDING' && payment.qrPayload) {
      children.push(vietQrTransfer(order, payment, () => load({ quiet: true })));
    }
    if (payment.status !== 'PENDING' || (!payment.redirectUrl && !payment.qrPayload)) {
      const retry = h('button', { type: 'button', id: 'retry-payment', class: actions.length ? 'btn btn-secondary' : 'btn' }, t('Thanh toán lại', 'Pay again'));
      retry.addEventListener('click', () => retryPayment(order, retry, result));
      actions.push(retry);
    }
    if (payment.status === 'FAILED') {
      children.push(h('p', { class: 'muted small' }, t('Lần thanh toán trước chưa thành công (đã huỷ hoặc bị từ chối). Bạn có thể thanh toán lại trước khi hết hạn.', 'The last payment did not go through (cancelled or declined). You can pay again before the deadline.')));
    }
    children.push(h('div', { class: 'btn-row' }, actions), result);
  }
  return h('section', { class: 'panel', 'aria-labelledby': 'payment-title' }, children);
}

async function retryPayment(order, button, result) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const updated = await post(`/api/orders/${encodeURIComponent(order.orderNumber)}/payments`, {});
    if (updated.payment?.redirectUrl) {
      location.assign(updated.payment.redirectUrl);
      return;
    }
    await load({ quiet: true });
  } catch (err) {
    result.replaceChildren(notice('error', t('Chưa tạo được lần thanh toán mới', 'Could not start a new payment'), err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

function historyList(order) {
  const partNames = new Map(order.shopOrders.map((p) => [p.id, p.shop?.name]));
  const items = [...order.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return h('section', { class: 'panel', 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, t('Lịch sử đơn hàng', 'Order history')),
    h('ol', { class: 'history', id: 'order-history' }, items.map((c) => {
      const isPart = c.shopOrderId != null;
      const what = isPart ? `${partNames.get(c.shopOrderId) || t('Xưởng', 'Workshop')}: ` : t('Đơn hàng: ', 'Order: ');
      const change = c.from ? `${statusLabel(c.from, isPart)} → ${statusLabel(c.to, isPart)}` : statusLabel(c.to, isPart);
      return h('li', {},
        h('time', { datetime: c.at }, formatDateTime(c.at)),
        h('span', {}, what, h('strong', {}, change)),
        h('span', { class: 'muted small' }, historyActor(c)));
    })));
}

function cancelBox(order) {
  const toggle = h('button', { type: 'button', id: 'cancel-order', class: 'btn btn-danger', 'aria-expanded': 'false', 'aria-controls': 'cancel-form' }, t('Huỷ đơn hàng', 'Cancel the order'));
  const reason = h('textarea', { id: 'cancel-reason', maxlength: 500, rows: 2 });
  const confirm = h('button', { type: 'submit', id: 'confirm-cancel', class: 'btn btn-danger' }, t('Xác nhận huỷ đơn', 'Confirm cancelling'));
  const keep = h('button', { type: 'button', class: 'btn btn-secondary' }, t('Không huỷ', 'Keep the order'));
  const message = h('div', { role: 'status', 'aria-live': 'polite' });
  const form = h('form', { id: 'cancel-form', class: 'form-grid cancel-form', hidden: true, novalidate: true },
    h('p', {}, order.status === 'PAID'
      ? t('Đơn đã thanh toán: sau khi huỷ, tiền sẽ được hoàn lại theo cách bạn đã thanh toán.', 'The order is paid: once cancelled, the money goes back the way you paid.')
      : order.status === 'CASH_ON_DELIVERY'
        ? t('Đơn thanh toán khi nhận hàng: bạn chưa trả gì, huỷ xong là xong.', 'A cash-on-delivery order: you have paid nothing, so cancelling ends it.')
        : t('Đơn chưa thanh toán sẽ được huỷ và hàng được trả lại cho xưởng.', 'The unpaid order is cancelled and the pieces go back to the workshop.')),
    h('div', { class: 'field' }, h('label', { for: 'cancel-reason' }, t('Lý do huỷ', 'Reason for cancelling'), h('span', { class: 'optional' }, t(' (không bắt buộc)', ' (optional)'))), reason),
    h('div', { class: 'btn-row' }, confirm, keep),
    message);
  const setOpen = (open) => {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) reason.focus(); else toggle.focus();
  };
  toggle.addEventListener('click', () => setOpen(form.hidden));
  keep.addEventListener('click', () => setOpen(false));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    confirm.disabled = true;
    try {
      const updated = await post(`/api/orders/${encodeURIComponent(order.orderNumber)}/cancel`, { reason: reason.value.trim() || null });
      toast(t('Đã huỷ đơn hàng.', 'The order is cancelled.'));
      render(updated);
      document.getElementById('order-status')?.focus();
    } catch (err) {
      message.replaceChildren(notice('error', t('Chưa huỷ được', 'Could not cancel'), err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
      confirm.disabled = false;
    }
  });
  return h('section', { class: 'panel', 'aria-label': t('Huỷ đơn', 'Cancel the order') }, toggle, form);
}

/** "Đã nhận hàng": asked once more, as it completes the order for good. */
function receivedBox(order) {
  const button = h('button', { type: 'button', id: 'confirm-received', class: 'btn' }, t('Đã nhận hàng', 'I received it'));
  const message = h('div', { role: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    const sure = await confirmDialog({
      title: t('Bạn đã nhận đủ hàng?', 'Did you receive everything?'),
      text: t('Xác nhận khi bạn đã nhận được tất cả các kiện của đơn này. Đơn sẽ chuyển sang Hoàn thành.', 'Confirm once every parcel of this order has reached you. The order then becomes Completed.'),
      confirmLabel: t('Đã nhận hàng', 'I received it'), cancelLabel: t('Chưa', 'Not yet'),
    });
    if (!sure) return;
    button.disabled = true;
    try {
      render(await post(`/api/orders/${encodeURIComponent(order.orderNumber)}/received`, {}));
      toast(t('Cảm ơn bạn! Đơn hàng đã hoàn thành.', 'Thank you! The order is completed.'));
      document.getElementById('order-status')?.focus();
    } catch (err) {
      message.replaceChildren(notice('error', t('Chưa xác nhận được', 'Could not confirm'), err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
      button.disabled = false;
    }
  });
  return h('section', { class: 'panel', 'aria-label': t('Xác nhận đã nhận hàng', 'Confirm you received the order') },
    h('p', { class: 'small' }, t('Nếu bạn không xác nhận, đơn sẽ tự hoàn thành sau vài ngày kể từ khi được giao.', 'If you do not confirm, the order completes itself a few days after delivery.')),
    button, message);
}

// ---- page ----

function render(order) {
  clearInterval(countdownTimer); // a paid, cancelled or expired order has no countdown
  countdownTimer = null;
  setTitle(t(`Đơn ${order.orderNumber}`, `Order ${order.orderNumber}`));
  const a = order.shippingAddress || {};
  const status = statusBadge(order.status, ORDER_STATUS, { id: 'order-status', tabindex: '-1' });
  fill(root,
    h('nav', { class: 'breadcrumbs', 'aria-label': t('Vị trí trang', 'Breadcrumbs') },
      h('ol', {}, h('li', {}, h('a', { href: '/orders.html' }, t('Đơn hàng của tôi', 'My orders'))), h('li', { 'aria-current': 'page' }, order.orderNumber))),
    h('div', { class: 'workspace-head order-head' },
      h('h1', {}, t('Đơn hàng ', 'Order '), h('span', { id: 'order-number' }, order.orderNumber)),
      status),
    h('p', { class: 'muted' }, t(`Đặt lúc ${formatDateTime(order.createdAt)} (giờ Việt Nam)`, `Placed ${formatDateTime(order.createdAt)} (Vietnam time)`)),
    order.refundsDueVnd > 0
      ? notice('info', t('Tiền hoàn lại', 'Refund'), t(`Bạn sẽ được hoàn ${formatVnd(order.refundsDueVnd)} theo cách đã thanh toán.`, `${formatVnd(order.refundsDueVnd)} will be refunded the way you paid.`), h('p', { id: 'refunds-due', class: 'price' }, formatVnd(order.refundsDueVnd)))
      : null,
    h('div', { class: 'order-layout' },
      h('div', { class: 'order-main' },
        h('section', { 'aria-labelledby': 'parts-title' },
          h('h2', { id: 'parts-title' }, order.shopOrders.length > 1 ? t(`${order.shopOrders.length} xưởng gửi hàng riêng`, `${order.shopOrders.length} workshops ship separately`) : t('Sản phẩm', 'Products')),
          h('div', { id: 'shop-parts', class: 'shop-parts' }, order.shopOrders.map(partElement))),
        historyList(order)),
      h('div', { class: 'order-side' },
        h('section', { class: 'panel', 'aria-labelledby': 'totals-title' },
          h('h2', { id: 'totals-title' }, t('Tổng cộng', 'Total')),
          h('dl', { class: 'totals' },
            h('div', {}, h('dt', {}, t('Tiền hàng', 'Goods')), h('dd', {}, formatVnd(order.itemsTotalVnd))),
            h('div', {}, h('dt', {}, t('Phí vận chuyển', 'Shipping')), h('dd', {}, formatVnd(order.shippingTotalVnd))),
            h('div', { class: 'grand' }, h('dt', {}, t('Tổng thanh toán', 'Order total')), h('dd', { class: 'price' }, price(order.totalVnd, { id: 'order-total' })))),
          usdNote()),
        paymentPanel(order),
        h('section', { class: 'panel', 'aria-labelledby': 'address-title' },
          h('h2', { id: 'address-title' }, t('Giao đến', 'Deliver to')),
          h('address', { id: 'order-address' },
            h('strong', {}, a.name), h('br'), a.phone, h('br'), a.line1, h('br'),
            [a.communeName, a.provinceName].filter(Boolean).join(', ')),
          order.note ? h('p', { class: 'small' }, h('strong', {}, t('Ghi chú: ', 'Note: ')), order.note) : null),
        order.receivable ? receivedBox(order) : null,
        order.cancellable ? cancelBox(order) : null)));
  mountOrderReviews(order);
  attachThreads(root, '.shop-part', (id) => `/api/orders/${encodeURIComponent(number)}/shop-orders/${id}/messages`,
    { title: t('Nhắn tin với xưởng', 'Message the workshop'), otherSide: t('xưởng', 'the workshop') });
}

async function load({ quiet = false } = {}) {
  if (!quiet) fill(root, loading(t('Đang tải đơn hàng…', 'Loading the order…')));
  try {
    render(await get(`/api/orders/${encodeURIComponent(number)}`));
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    clearInterval(countdownTimer);
    fill(root, errorBox(err, { page: true, notFound: t('Không có đơn hàng này trong tài khoản của bạn.', 'Your account has no such order.'), retry: () => load() }));
    setPageState('error');
  }
}

async function start() {
  if (!number) {
    fill(root, notice('error', t('Không rõ đơn hàng nào', 'Which order?'), t('Đường dẫn thiếu mã đơn hàng.', 'The address lacks the order number.'),
      h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/orders.html' }, t('Đơn hàng của tôi', 'My orders')))));
    setPageState('error');
    return;
  }
  if (!isSignedIn() || !(await me)) { loginRedirect(); return; }
  await load();
}

start();
