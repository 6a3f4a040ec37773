// Where the shopper lands back from the gateway. What the gateway's redirect says is only a hint:
// the page follows the order's own state (which only the gateway's server-to-server callback
// changes) until it is paid, the attempt failed, or the wait runs out.
// Hooks for the browser test: #payment-result[data-status], body[data-state] = paid | failed | waiting | error.

import { ApiError, describeError, get, isSignedIn } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, fill, formatVnd, notice, params, setPageState } from '/js/ui.js';

mountLayout({ active: 'orders' });

const root = document.getElementById('payment-result');
const number = params().get('order');
const signal = params().get('signal');
const POLL_MS = 1500;
const GIVE_UP_MS = 90_000;
const started = Date.now();

const orderLink = () => h('a', { class: 'btn', href: `/order.html?number=${encodeURIComponent(number)}`, id: 'to-order' }, 'Xem đơn hàng');

function render(order) {
  const status = order.status;
  root.dataset.status = status;
  if (status === 'PAID' || status === 'COMPLETED') {
    fill(root, notice('ok', 'Đã thanh toán', `Đơn ${order.orderNumber} đã được thanh toán ${formatVnd(order.totalVnd)}. Các xưởng sẽ chuẩn bị hàng cho bạn.`),
      h('div', { class: 'btn-row' }, orderLink()));
    setPageState('paid');
    return true;
  }
  if (status !== 'PENDING_PAYMENT') {
    fill(root, notice('warn', 'Đơn hàng không còn chờ thanh toán', `Trạng thái hiện tại: ${status}.`), h('div', { class: 'btn-row' }, orderLink()));
    setPageState('failed');
    return true;
  }
  if (order.payment?.status === 'FAILED') {
    fill(root, notice('error', 'Thanh toán chưa thành công', 'Giao dịch đã bị huỷ hoặc bị từ chối. Bạn có thể thử lại từ trang đơn hàng trước khi hết hạn.'),
      h('div', { class: 'btn-row' }, orderLink()));
    setPageState('failed');
    return true;
  }
  fill(root, notice('info', 'Đang chờ cổng thanh toán xác nhận…', 'Trang sẽ tự cập nhật khi có kết quả.'), h('div', { class: 'btn-row' }, orderLink()));
  setPageState('waiting');
  return false;
}

async function follow() {
  if (!number) {
    fill(root, notice('error', 'Không rõ đơn hàng', signal === 'invalid'
      ? 'Dữ liệu trả về từ cổng thanh toán không hợp lệ (sai chữ ký). Không có gì thay đổi.'
      : 'Vui lòng mở đơn hàng từ mục Đơn hàng của tôi.'), h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/orders.html' }, 'Đơn hàng của tôi')));
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
      fill(root, notice('error', 'Không xem được đơn hàng', describeError(err)));
      setPageState('error');
      return;
    }
  }
  if (Date.now() - started > GIVE_UP_MS) {
    fill(root, notice('warn', 'Chưa có xác nhận', 'Cổng thanh toán chưa báo kết quả. Nếu bạn đã trả tiền, đơn sẽ tự cập nhật khi có xác nhận; không cần trả lại.'), h('div', { class: 'btn-row' }, orderLink()));
    setPageState('waiting');
    return;
  }
  setTimeout(follow, POLL_MS);
}

follow();
