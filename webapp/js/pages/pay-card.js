// The card page of the Stripe-style gateway: asks our API for the attempt's PaymentIntent, then
// confirms it at the gateway with its client secret, so the card number goes to the gateway and
// never to our server. The gateway's webhook, not this page, marks the order paid; the result
// page follows the order until it has.
// Hooks for the browser test: #card-amount, #card-number, #card-pay, #card-error, body[data-state].

import { ApiError, describeError, isSignedIn, post } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { field } from '/js/forms.js';
import { h, fill, formatVnd, formatDateTime, loading, notice, params, price, setPageState, setTitle } from '/js/ui.js';
import { staticText, t } from '/js/i18n.js';

mountLayout({ active: 'orders' });
setTitle(t('Thanh toán bằng thẻ', 'Pay by card'));
staticText('main > h1', 'Pay by card');

const root = document.getElementById('pay-card');
const reference = params().get('payment');

const resultUrl = (orderNumber, signal) =>
  `/payment-result.html?order=${encodeURIComponent(orderNumber)}&signal=${signal}`;

async function show() {
  if (!reference) {
    fill(root, notice('error', t('Không rõ khoản thanh toán', 'Which payment?'), t('Vui lòng mở đơn hàng từ mục Đơn hàng của tôi.', 'Please open the order from My orders.')));
    setPageState('error');
    return;
  }
  if (!isSignedIn()) {
    location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
    return;
  }
  fill(root, loading(t('Đang mở cổng thanh toán thẻ…', 'Opening the card gateway…')));
  let intent;
  try {
    intent = await post(`/api/payments/stripe/intents/${encodeURIComponent(reference)}`);
  } catch (err) {
    fill(root, notice('error', t('Không mở được thanh toán thẻ', 'Could not open the card payment'), err instanceof ApiError && err.status === 409
      ? t('Khoản thanh toán này không còn chờ thanh toán. Hãy xem lại đơn hàng.', 'This payment no longer awaits paying. Please look at the order again.')
      : describeError(err, { notFound: t('Không tìm thấy khoản thanh toán này.', 'No such payment.') })),
    h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/orders.html' }, t('Đơn hàng của tôi', 'My orders'))));
    setPageState('error');
    return;
  }
  if (intent.status === 'succeeded' || intent.status === 'processing') {
    location.replace(resultUrl(intent.orderNumber, intent.status === 'succeeded' ? 'paid' : 'pending'));
    return;
  }
  const number = field({
    name: 'cardNumber', label: t('Số thẻ', 'Card number'), id: 'card-number',
    hint: intent.confirmUrl.includes('/api/sandbox/')
      ? t('Cổng mô phỏng, không có tiền thật: 4242 4242 4242 4242 thanh toán thành công, 4000 0000 0000 0002 bị từ chối.', 'A simulated gateway, no real money: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined.')
      : null,
    attrs: { inputmode: 'numeric', autocomplete: 'cc-number', required: true, pattern: '[0-9 \\-]{12,23}', maxlength: 23 },
  });
  const pay = h('button', { type: 'submit', id: 'card-pay', class: 'btn' }, t(`Thanh toán ${formatVnd(intent.amountVnd)}`, `Pay ${formatVnd(intent.amountVnd)}`));
  const status = h('div', { id: 'card-error', role: 'alert' });
  const form = h('form', { class: 'panel', novalidate: true },
    h('dl', { class: 'facts' },
      h('dt', {}, t('Đơn hàng', 'Order')), h('dd', {}, intent.orderNumber),
      h('dt', {}, t('Số tiền', 'Amount')), h('dd', { class: 'price' }, price(intent.amountVnd, { id: 'card-amount' })),
      h('dt', {}, t('Hạn thanh toán', 'Pay by')), h('dd', {}, formatDateTime(intent.expiresAt))),
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
    number.error.textContent = t('Số thẻ gồm 12–19 chữ số.', 'A card number has 12 to 19 digits.');
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
    status.replaceChildren(notice('error', t('Không kết nối được cổng thanh toán', 'Could not reach the payment gateway'), t('Kiểm tra mạng rồi thử lại. Thẻ của bạn chưa bị trừ tiền.', 'Check your connection and try again. Your card was not charged.')));
    pay.disabled = false;
    return;
  }
  if (response.ok && answer.status === 'succeeded') {
    location.assign(resultUrl(intent.orderNumber, 'paid'));
  } else if (response.status === 402 && answer.error?.code === 'card_declined') {
    location.assign(resultUrl(intent.orderNumber, 'failed'));
  } else if (response.status === 402) {
    number.error.textContent = t('Số thẻ không đúng. Vui lòng kiểm tra lại.', 'The card number is not right. Please check it.');
    number.input.setAttribute('aria-invalid', 'true');
    pay.disabled = false;
  } else {
    status.replaceChildren(notice('error', t('Cổng thanh toán không xử lý được', 'The gateway could not process this'), answer.error?.message || `HTTP ${response.status}`));
    pay.disabled = false;
  }
}

show();
