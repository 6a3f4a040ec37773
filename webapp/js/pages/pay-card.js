// The card page of the Stripe-style gateway: asks our API for the attempt's PaymentIntent, then
// confirms it at the gateway with its client secret, so the card number goes to the gateway and
// never to our server. The gateway's webhook, not this page, marks the order paid; the result
// page follows the order until it has.
// Hooks for the browser test: #card-amount, #card-number, #card-pay, #card-error, body[data-state].

import { ApiError, describeError, isSignedIn, post } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { field } from '/js/forms.js';
import { h, fill, formatVnd, formatDateTime, loading, notice, params, setPageState } from '/js/ui.js';

mountLayout({ active: 'orders' });

const root = document.getElementById('pay-card');
const reference = params().get('payment');

const resultUrl = (orderNumber, signal) =>
  `/payment-result.html?order=${encodeURIComponent(orderNumber)}&signal=${signal}`;

async function show() {
  if (!reference) {
    fill(root, notice('error', 'Không rõ khoản thanh toán', 'Vui lòng mở đơn hàng từ mục Đơn hàng của tôi.'));
    setPageState('error');
    return;
  }
  if (!isSignedIn()) {
    location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
    return;
  }
  fill(root, loading('Đang mở cổng thanh toán thẻ…'));
  let intent;
  try {
    intent = await post(`/api/payments/stripe/intents/${encodeURIComponent(reference)}`);
  } catch (err) {
    fill(root, notice('error', 'Không mở được thanh toán thẻ', err instanceof ApiError && err.status === 409
      ? 'Khoản thanh toán này không còn chờ thanh toán. Hãy xem lại đơn hàng.'
      : describeError(err, { notFound: 'Không tìm thấy khoản thanh toán này.' })),
    h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/orders.html' }, 'Đơn hàng của tôi')));
    setPageState('error');
    return;
  }
  if (intent.status === 'succeeded' || intent.status === 'processing') {
    location.replace(resultUrl(intent.orderNumber, intent.status === 'succeeded' ? 'paid' : 'pending'));
    return;
  }
  const number = field({
    name: 'cardNumber', label: 'Số thẻ', id: 'card-number',
    hint: intent.confirmUrl.includes('/api/sandbox/')
      ? 'Cổng mô phỏng, không có tiền thật: 4242 4242 4242 4242 thanh toán thành công, 4000 0000 0000 0002 bị từ chối.'
      : null,
    attrs: { inputmode: 'numeric', autocomplete: 'cc-number', required: true, pattern: '[0-9 \\-]{12,23}', maxlength: 23 },
  });
  const pay = h('button', { type: 'submit', id: 'card-pay', class: 'btn' }, `Thanh toán ${formatVnd(intent.amountVnd)}`);
  const status = h('div', { id: 'card-error', role: 'alert' });
  const form = h('form', { class: 'panel', novalidate: true },
    h('dl', { class: 'facts' },
      h('dt', {}, 'Đơn hàng'), h('dd', {}, intent.orderNumber),
      h('dt', {}, 'Số tiền'), h('dd', { id: 'card-amount', class: 'price' }, formatVnd(intent.amountVnd)),
      h('dt', {}, 'Hạn thanh toán'), h('dd', {}, formatDateTime(intent.expiresAt))),
    number.wrapper,
    h('div', { class: 'btn-row' }, pay),
    status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    confirmCard(intent, number, pay, status);
  });
  fill(root, form);
  number.input.focus();
  setPageState('ready');
}

/** Confirms at the gateway (its own JSON, not ours): 200 paid, 402 the card was refused. */
async function confirmCard(intent, number, pay, status) {
  const digits = number.input.value.replace(/[\s-]/g, '');
  number.error.textContent = '';
  number.input.removeAttribute('aria-invalid');
  if (!/^[0-9]{12,19}$/.test(digits)) {
    number.error.textContent = 'Số thẻ gồm 12–19 chữ số.';
    number.input.setAttribute('aria-invalid', 'true');
    number.input.focus();
    return;
  }
  pay.disabled = true;
  status.replaceChildren();
  const body = new URLSearchParams({
    client_secret: intent.clientSecret,
    'payment_method_data[type]': 'card',
    'payment_method_data[card][number]': digits,
  });
  let response;
  let answer = {};
  try {
    response = await fetch(intent.confirmUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body,
      credentials: 'omit',
    });
    answer = await response.json().catch(() => ({}));
  } catch {
    status.replaceChildren(notice('error', 'Không kết nối được cổng thanh toán', 'Kiểm tra mạng rồi thử lại. Thẻ của bạn chưa bị trừ tiền.'));
    pay.disabled = false;
    return;
  }
  if (response.ok && answer.status === 'succeeded') {
    location.assign(resultUrl(intent.orderNumber, 'paid'));
  } else if (response.status === 402 && answer.error?.code === 'card_declined') {
    location.assign(resultUrl(intent.orderNumber, 'failed'));
  } else if (response.status === 402) {
    number.error.textContent = 'Số thẻ không đúng. Vui lòng kiểm tra lại.';
    number.input.setAttribute('aria-invalid', 'true');
    pay.disabled = false;
  } else {
    status.replaceChildren(notice('error', 'Cổng thanh toán không xử lý được', answer.error?.message || `HTTP ${response.status}`));
    pay.disabled = false;
  }
}

show();
