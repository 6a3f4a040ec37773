// Where the shopper lands back from the gateway. What the gateway's redirect says is only a hint:
// the page follows the order's own state (which only the gateway's server-to-server callback
// changes) until it is paid, the attempt failed, or the wait runs out.
// Hooks for the browser test: #payment-result[data-status], body[data-state] = paid | failed | waiting | error.

import { ApiError, describeError, get, isSignedIn } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, fill, formatVnd, notice, ORDER_STATUS, params, setPageState, setTitle } from '/js/ui.js';
import { staticText, t } from '/js/i18n.js';

mountLayout({ active: 'orders' });
setTitle(t('Kết quả thanh toán', 'Payment result'));
staticText('main > h1', 'Payment result');

const root = document.getElementById('payment-result');
const number = params().get('order');
const signal = params().get('signal');
const POLL_MS = 1500;
const GIVE_UP_MS = 90_000;
const started = Date.now();

const orderLink = () => h('a', { class: 'btn', href: `/order.html?number=${encodeURIComponent(number)}`, id: 'to-order' }, t('Xem đơn hàng', 'See the order'));

function render(order) {
  const status = order.status;
  root.dataset.status = status;
  if (status === 'PAID' || status === 'COMPLETED') {
    fill(root, notice('ok', t('Đã thanh toán', 'Paid'), t(`Đơn ${order.orderNumber} đã được thanh toán ${formatVnd(order.totalVnd)}. Các xưởng sẽ chuẩn bị hàng cho bạn.`,
      `Order ${order.orderNumber} is paid: ${formatVnd(order.totalVnd)}. The workshops will get your pieces ready.`)),
      h('div', { class: 'btn-row' }, orderLink()));
    setPageState('paid');
    return true;
  }
  if (status !== 'PENDING_PAYMENT') {
    fill(root, notice('warn', t('Đơn hàng không còn chờ thanh toán', 'The order no longer awaits payment'), t(`Trạng thái hiện tại: ${ORDER_STATUS[status]?.label || status}.`, `Its status now: ${ORDER_STATUS[status]?.label || status}.`)), h('div', { class: 'btn-row' }, orderLink()));
    setPageState('failed');
    return true;
  }
  if (order.payment?.status === 'FAILED') {
    fill(root, notice('error', t('Thanh toán chưa thành công', 'The payment did not go through'), t('Giao dịch đã bị huỷ hoặc bị từ chối. Bạn có thể thử lại từ trang đơn hàng trước khi hết hạn.', 'The transaction was cancelled or declined. You can try again from the order page before the deadline.')),
      h('div', { class: 'btn-row' }, orderLink()));
    setPageState('failed');
    return true;
  }
  fill(root, notice('info', t('Đang chờ cổng thanh toán xác nhận…', 'Waiting for the payment gateway to confirm…'), t('Trang sẽ tự cập nhật khi có kết quả.', 'This page updates itself when the answer comes.')), h('div', { class: 'btn-row' }, orderLink()));
  setPageState('waiting');
  return false;
}

async function follow() {
  if (!number) {
    fill(root, notice('error', t('Không rõ đơn hàng', 'Which order?'), signal === 'invalid'
      ? t('Dữ liệu trả về từ cổng thanh toán không hợp lệ (sai chữ ký). Không có gì thay đổi.', 'The gateway\'s answer was not valid (wrong signature). Nothing changed.')
      : t('Vui lòng mở đơn hàng từ mục Đơn hàng của tôi.', 'Please open the order from My orders.')), h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/orders.html' }, t('Đơn hàng của tôi', 'My orders'))));
    setPageState('error');
    return;
  }
  if (!isSignedIn()) {
    location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
    return;
  }
  try {
    const order = await get(`/api/orders/${encodeURIComponent(number)}`);
    if (render(order)) return;
  } catch (err) {
    if (!(err instanceof ApiError) || err.status >= 500) {
      // a hiccup: keep following
    } else {
      fill(root, notice('error', t('Không xem được đơn hàng', 'Could not show the order'), describeError(err)));
      setPageState('error');
      return;
    }
  }
  if (Date.now() - started > GIVE_UP_MS) {
    fill(root, notice('warn', t('Chưa có xác nhận', 'No confirmation yet'), t('Cổng thanh toán chưa báo kết quả. Nếu bạn đã trả tiền, đơn sẽ tự cập nhật khi có xác nhận; không cần trả lại.', 'The gateway has not answered yet. If you paid, the order updates itself once confirmed; do not pay again.')), h('div', { class: 'btn-row' }, orderLink()));
    setPageState('waiting');
    return;
  }
  setTimeout(follow, POLL_MS);
}

follow();
