// The VNPay simulator's pay page (demo run and tests only): reads the signed pay URL's query as
// VNPay's page would, lets the shopper choose a bank and pay, cancel or run out of funds; the
// server-side simulator sends the IPN and answers where the browser goes next.
// Hooks for the browser test: #vnpay-amount, #vnpay-bank, #vnpay-pay, #vnpay-cancel,
// #vnpay-no-funds, body[data-state].

import { ApiError, api, describeError, get } from '/js/api.js';
import { h, fill, formatVnd, formatDateTime, loading, notice, setPageState } from '/js/ui.js';

const root = document.getElementById('vnpay');
const query = location.search.slice(1);
const BANKS = [['NCB', 'Ngân hàng NCB'], ['VCB', 'Vietcombank'], ['BIDV', 'BIDV'], ['AGRIBANK', 'Agribank'], ['TCB', 'Techcombank']];

async function show() {
  fill(root, loading());
  let page;
  try {
    page = await get(`/api/sandbox/vnpay/payment?${query}`);
  } catch (err) {
    fill(root, notice('error', 'Không mở được trang thanh toán', describeError(err)));
    setPageState('error');
    return;
  }
  if (page.error) {
    fill(root, notice('error', 'Không thể thanh toán', page.error));
    setPageState('error');
    return;
  }
  const bank = h('select', { id: 'vnpay-bank', name: 'bank' }, BANKS.map(([code, name]) => h('option', { value: code }, name)));
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const buttons = [
    ['vnpay-pay', 'Thanh toán', 'PAY', 'btn'],
    ['vnpay-no-funds', 'Thử: tài khoản không đủ số dư', 'INSUFFICIENT_FUNDS', 'btn btn-secondary'],
    ['vnpay-cancel', 'Huỷ thanh toán', 'CANCEL', 'btn btn-secondary'],
  ].map(([id, label, action, cls]) => {
    const b = h('button', { type: 'button', id, class: cls }, label);
    b.addEventListener('click', () => choose(action, bank.value, result));
    return b;
  });
  fill(root,
    h('section', { class: 'panel' },
      h('dl', { class: 'facts' },
        h('dt', {}, 'Số tiền'), h('dd', { id: 'vnpay-amount', class: 'price' }, formatVnd(page.amountVnd)),
        h('dt', {}, 'Nội dung'), h('dd', {}, page.orderInfo),
        h('dt', {}, 'Mã giao dịch'), h('dd', { id: 'vnpay-txn' }, page.txnRef),
        h('dt', {}, 'Hết hạn lúc'), h('dd', {}, formatDateTime(page.expiresAt))),
      h('label', { class: 'field' }, h('span', {}, 'Ngân hàng'), bank),
      h('div', { class: 'btn-row' }, buttons),
      result));
  setPageState('ready');
}

async function choose(action, bankCode, result) {
  root.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  try {
    const done = await api(`/api/sandbox/vnpay/payment?${query}`, { method: 'POST', body: { action, bankCode } });
    location.assign(done.returnUrl);
  } catch (err) {
    result.replaceChildren(notice('error', 'Không xử lý được', err instanceof ApiError ? err.detail : describeError(err)));
    root.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  }
}

show();
