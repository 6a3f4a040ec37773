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
  h, fill, loading, errorBox, notice, params, setPageState, setTitle, formatVnd, formatNumber, formatDateTime,
  historyActor, statusBadge, toast, confirmDialog, ORDER_STATUS, SHOP_ORDER_STATUS, PAYMENT_METHOD, PAYMENT_STATUS,
} from '/js/ui.js';

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
      h('h3', { id: `part-${part.id}-title` }, part.shop?.name || 'Xưởng'),
      statusBadge(part.status, SHOP_ORDER_STATUS)),
    h('ul', { class: 'order-lines' }, part.lines.map((line) => h('li', { dataset: { sku: line.sku } },
      h('span', { class: 'summary-title' }, line.title,
        line.options ? h('small', {}, line.options) : null,
        h('small', {}, `${formatNumber(line.quantity)} × ${formatVnd(line.unitPriceVnd)}`)),
      h('span', { class: 'price' }, formatVnd(line.lineTotalVnd))))),
    h('dl', { class: 'totals' },
      h('div', {}, h('dt', {}, 'Tiền hàng'), h('dd', {}, formatVnd(part.itemsTotalVnd))),
      h('div', {}, h('dt', {}, 'Phí vận chuyển'), h('dd', { class: 'shipping-fee' }, formatVnd(part.shippingVnd))),
      h('div', { class: 'grand' }, h('dt', {}, 'Cộng'), h('dd', {}, formatVnd(part.totalVnd))),
      codToPay(part) ? h('div', { class: 'cod-due' }, h('dt', {}, 'Trả người giao hàng'), h('dd', { class: 'price' }, formatVnd(part.codVnd))) : null),
    part.carrier || part.trackingCode
      ? h('p', { class: 'tracking' }, 'Vận chuyển: ', h('strong', {}, part.carrier || ''),
        part.trackingCode ? [' · mã vận đơn ', h('strong', { class: 'tracking-code' }, part.trackingCode)] : null,
        part.trackingUrl ? [' · ', h('a', { class: 'tracking-link', href: part.trackingUrl, target: '_blank', rel: 'noopener' }, 'Theo dõi trên trang của hãng vận chuyển')] : null)
      : null,
    part.parcel ? parcelSteps(part.parcel) : null);
}

/** The carrier's own steps for the parcel, newest first, in Vietnam time. */
function parcelSteps(parcel) {
  // the server lists them in the order they happened (arrival breaks ties of the same second)
  const steps = [...(parcel.steps || [])].reverse();
  return h('div', { class: 'parcel', dataset: { status: parcel.status } },
    h('p', { class: 'parcel-status' }, `${parcel.carrier}: `, h('strong', {}, parcel.statusLabel),
      parcel.expectedDelivery && !['delivered', 'returned'].includes(parcel.status)
        ? h('span', { class: 'muted small' }, ` · dự kiến giao ${formatDateTime(parcel.expectedDelivery)}`) : null),
    h('ol', { class: 'history parcel-steps' }, steps.map((s) => h('li', { dataset: { step: s.step } },
      h('time', { datetime: s.at }, formatDateTime(s.at)), h('span', {}, s.label)))));
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
      ? `Thanh toán trước ${formatDateTime(expiresAt)} (còn ${m}:${s})`
      : 'Đã hết hạn thanh toán.';
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
    h('h2', { id: 'payment-title' }, 'Thanh toán'),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Cách thanh toán'), h('dd', { id: 'payment-method' }, 'Thanh toán khi nhận hàng'),
      h('dt', {}, 'Số tiền trả người giao hàng'), h('dd', { id: 'cod-due', class: 'price' }, formatVnd(dueVnd))),
    due.length > 1
      ? h('p', { class: 'muted small' }, `Đơn có ${due.length} kiện của các xưởng khác nhau, mỗi kiện trả riêng cho người giao số tiền ghi ở kiện đó.`)
      : null,
    h('p', { class: 'muted small' }, due.length
      ? 'Bạn chỉ trả tiền khi nhận hàng, bằng tiền mặt cho người giao. Hãy chuẩn bị đúng số tiền.'
      : 'Không còn kiện nào phải trả tiền cho người giao.'));
}

function paymentPanel(order) {
  if (order.paymentMethod === 'COD') return codPanel(order);
  const payment = order.payment;
  const pending = order.status === 'PENDING_PAYMENT';
  const children = [
    h('h2', { id: 'payment-title' }, 'Thanh toán'),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Cách thanh toán'), h('dd', { id: 'payment-method' }, PAYMENT_METHOD[order.paymentMethod] || order.paymentMethod),
      payment ? [h('dt', {}, 'Trạng thái'), h('dd', { id: 'payment-status', dataset: { status: payment.status } }, PAYMENT_STATUS[payment.status] || payment.status)] : null,
      payment ? [h('dt', {}, 'Số tiền'), h('dd', { class: 'price' }, formatVnd(payment.amountVnd))] : null,
      order.paidAt ? [h('dt', {}, 'Thanh toán lúc'), h('dd', {}, formatDateTime(order.paidAt))] : null),
  ];
  if (pending && payment) {
    children.push(countdown(payment.expiresAt || order.paymentDueAt, () => setTimeout(() => load({ quiet: true }), 2000)));
    const result = h('div', { role: 'status', 'aria-live': 'polite' });
    const actions = [];
    if (payment.status === 'PENDING' && payment.redirectUrl) {
      actions.push(h('a', { class: 'btn', id: 'pay-now', href: payment.redirectUrl }, `Thanh toán qua ${PAYMENT_METHOD[payment.method] || payment.method}`));
    }
    if (payment.status === 'PENDING' && payment.qrPayload) {
      children.push(vietQrTransfer(order, payment, () => load({ quiet: true })));
    }
    if (payment.status !== 'PENDING' || (!payment.redirectUrl && !payment.qrPayload)) {
      const retry = h('button', { type: 'button', id: 'retry-payment', class: actions.length ? 'btn btn-secondary' : 'btn' }, 'Thanh toán lại');
      retry.addEventListener('click', () => retryPayment(order, retry, result));
      actions.push(retry);
    }
    if (payment.status === 'FAILED') {
      children.push(h('p', { class: 'muted small' }, 'Lần thanh toán trước chưa thành công (đã huỷ hoặc bị từ chối). Bạn có thể thanh toán lại trước khi hết hạn.'));
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
    result.replaceChildren(notice('error', 'Chưa tạo được lần thanh toán mới', err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

function historyList(order) {
  const partNames = new Map(order.shopOrders.map((p) => [p.id, p.shop?.name]));
  const items = [...order.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return h('section', { class: 'panel', 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, 'Lịch sử đơn hàng'),
    h('ol', { class: 'history', id: 'order-history' }, items.map((c) => {
      const isPart = c.shopOrderId != null;
      const what = isPart ? `${partNames.get(c.shopOrderId) || 'Xưởng'}: ` : 'Đơn hàng: ';
      const change = c.from ? `${statusLabel(c.from, isPart)} → ${statusLabel(c.to, isPart)}` : statusLabel(c.to, isPart);
      return h('li', {},
        h('time', { datetime: c.at }, formatDateTime(c.at)),
        h('span', {}, what, h('strong', {}, change)),
        h('span', { class: 'muted small' }, historyActor(c)));
    })));
}

function cancelBox(order) {
  const toggle = h('button', { type: 'button', id: 'cancel-order', class: 'btn btn-danger', 'aria-expanded': 'false', 'aria-controls': 'cancel-form' }, 'Huỷ đơn hàng');
  const reason = h('textarea', { id: 'cancel-reason', maxlength: 500, rows: 2 });
  const confirm = h('button', { type: 'submit', id: 'confirm-cancel', class: 'btn btn-danger' }, 'Xác nhận huỷ đơn');
  const keep = h('button', { type: 'button', class: 'btn btn-secondary' }, 'Không huỷ');
  const message = h('div', { role: 'status', 'aria-live': 'polite' });
  const form = h('form', { id: 'cancel-form', class: 'form-grid cancel-form', hidden: true, novalidate: true },
    h('p', {}, order.status === 'PAID'
      ? 'Đơn đã thanh toán: sau khi huỷ, tiền sẽ được hoàn lại theo cách bạn đã thanh toán.'
      : order.status === 'CASH_ON_DELIVERY'
        ? 'Đơn thanh toán khi nhận hàng: bạn chưa trả gì, huỷ xong là xong.'
        : 'Đơn chưa thanh toán sẽ được huỷ và hàng được trả lại cho xưởng.'),
    h('div', { class: 'field' }, h('label', { for: 'cancel-reason' }, 'Lý do huỷ', h('span', { class: 'optional' }, ' (không bắt buộc)')), reason),
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
      toast('Đã huỷ đơn hàng.');
      render(updated);
      document.getElementById('order-status')?.focus();
    } catch (err) {
      message.replaceChildren(notice('error', 'Chưa huỷ được', err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
      confirm.disabled = false;
    }
  });
  return h('section', { class: 'panel', 'aria-label': 'Huỷ đơn' }, toggle, form);
}

/** "Đã nhận hàng": asked once more, as it completes the order for good. */
function receivedBox(order) {
  const button = h('button', { type: 'button', id: 'confirm-received', class: 'btn' }, 'Đã nhận hàng');
  const message = h('div', { role: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    const sure = await confirmDialog({
      title: 'Bạn đã nhận đủ hàng?',
      text: 'Xác nhận khi bạn đã nhận được tất cả các kiện của đơn này. Đơn sẽ chuyển sang Hoàn thành.',
      confirmLabel: 'Đã nhận hàng', cancelLabel: 'Chưa',
    });
    if (!sure) return;
    button.disabled = true;
    try {
      render(await post(`/api/orders/${encodeURIComponent(order.orderNumber)}/received`, {}));
      toast('Cảm ơn bạn! Đơn hàng đã hoàn thành.');
      document.getElementById('order-status')?.focus();
    } catch (err) {
      message.replaceChildren(notice('error', 'Chưa xác nhận được', err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
      button.disabled = false;
    }
  });
  return h('section', { class: 'panel', 'aria-label': 'Xác nhận đã nhận hàng' },
    h('p', { class: 'small' }, 'Nếu bạn không xác nhận, đơn sẽ tự hoàn thành sau vài ngày kể từ khi được giao.'),
    button, message);
}

// ---- page ----

function render(order) {
  clearInterval(countdownTimer); // a paid, cancelled or expired order has no countdown
  countdownTimer = null;
  setTitle(`Đơn ${order.orderNumber}`);
  const a = order.shippingAddress || {};
  const status = statusBadge(order.status, ORDER_STATUS, { id: 'order-status', tabindex: '-1' });
  fill(root,
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Vị trí trang' },
      h('ol', {}, h('li', {}, h('a', { href: '/orders.html' }, 'Đơn hàng của tôi')), h('li', { 'aria-current': 'page' }, order.orderNumber))),
    h('div', { class: 'workspace-head order-head' },
      h('h1', {}, 'Đơn hàng ', h('span', { id: 'order-number' }, order.orderNumber)),
      status),
    h('p', { class: 'muted' }, `Đặt lúc ${formatDateTime(order.createdAt)} (giờ Việt Nam)`),
    order.refundsDueVnd > 0
      ? notice('info', 'Tiền hoàn lại', `Bạn sẽ được hoàn ${formatVnd(order.refundsDueVnd)} theo cách đã thanh toán.`, h('p', { id: 'refunds-due', class: 'price' }, formatVnd(order.refundsDueVnd)))
      : null,
    h('div', { class: 'order-layout' },
      h('div', { class: 'order-main' },
        h('section', { 'aria-labelledby': 'parts-title' },
          h('h2', { id: 'parts-title' }, order.shopOrders.length > 1 ? `${order.shopOrders.length} xưởng gửi hàng riêng` : 'Sản phẩm'),
          h('div', { id: 'shop-parts', class: 'shop-parts' }, order.shopOrders.map(partElement))),
        historyList(order)),
      h('div', { class: 'order-side' },
        h('section', { class: 'panel', 'aria-labelledby': 'totals-title' },
          h('h2', { id: 'totals-title' }, 'Tổng cộng'),
          h('dl', { class: 'totals' },
            h('div', {}, h('dt', {}, 'Tiền hàng'), h('dd', {}, formatVnd(order.itemsTotalVnd))),
            h('div', {}, h('dt', {}, 'Phí vận chuyển'), h('dd', {}, formatVnd(order.shippingTotalVnd))),
            h('div', { class: 'grand' }, h('dt', {}, 'Tổng thanh toán'), h('dd', { id: 'order-total', class: 'price' }, formatVnd(order.totalVnd))))),
        paymentPanel(order),
        h('section', { class: 'panel', 'aria-labelledby': 'address-title' },
          h('h2', { id: 'address-title' }, 'Giao đến'),
          h('address', { id: 'order-address' },
            h('strong', {}, a.name), h('br'), a.phone, h('br'), a.line1, h('br'),
            [a.communeName, a.provinceName].filter(Boolean).join(', ')),
          order.note ? h('p', { class: 'small' }, h('strong', {}, 'Ghi chú: '), order.note) : null),
        order.receivable ? receivedBox(order) : null,
        order.cancellable ? cancelBox(order) : null)));
  mountOrderReviews(order);
  attachThreads(root, '.shop-part', (id) => `/api/orders/${encodeURIComponent(number)}/shop-orders/${id}/messages`,
    { title: 'Nhắn tin với xưởng', otherSide: 'xưởng' });
}

async function load({ quiet = false } = {}) {
  if (!quiet) fill(root, loading('Đang tải đơn hàng…'));
  try {
    render(await get(`/api/orders/${encodeURIComponent(number)}`));
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    clearInterval(countdownTimer);
    fill(root, errorBox(err, { page: true, notFound: 'Không có đơn hàng này trong tài khoản của bạn.', retry: () => load() }));
    setPageState('error');
  }
}

async function start() {
  if (!number) {
    fill(root, notice('error', 'Không rõ đơn hàng nào', 'Đường dẫn thiếu mã đơn hàng.',
      h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/orders.html' }, 'Đơn hàng của tôi'))));
    setPageState('error');
    return;
  }
  if (!isSignedIn() || !(await me)) { loginRedirect(); return; }
  await load();
}

start();
