// VietQR bank transfer on the order page: the QR code to scan, our account, the amount and the
// memo to type, and (in the sandbox only) a button that has the simulated bank send the transfer.
// The QR image is a PNG the server renders behind the shopper's sign-in; an <img> cannot send the
// token, so it is fetched here and shown from a blob URL, which "Lưu mã QR" also saves: a phone
// cannot scan its own screen, so the shopper saves the picture and opens it in the banking app, or
// copies the account, the amount and the memo one by one.
// Hooks for the browser test: #vietqr-transfer, #vietqr-image, #vietqr-account, #vietqr-memo,
// #vietqr-amount, #copy-account, #copy-amount, #copy-memo, #save-qr, #simulate-transfer.

import { ApiError, describeError, get, getAuth, post, translate } from '/js/api.js';
import { h, formatVnd, notice } from '/js/ui.js';
import { t } from '/js/i18n.js';

const POLL_MS = 5000;

/** EMVCo fields (two-digit id, two-digit length, value) of a payload, as a Map. */
function emvFields(tlv) {
  const fields = new Map();
  for (let at = 0; at + 4 <= tlv.length;) {
    const length = Number.parseInt(tlv.slice(at + 2, at + 4), 10);
    if (Number.isNaN(length)) break;
    fields.set(tlv.slice(at, at + 2), tlv.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

/** What the shopper types by hand is read from the payload, so it is exactly what the QR says. */
function transferOf(payload) {
  const root = emvFields(payload);
  const account = emvFields(emvFields(root.get('38') || '').get('01') || '');
  return {
    bankBin: account.get('00') || '',
    accountNumber: account.get('01') || '',
    amountVnd: Number(root.get('54') || 0),
    memo: emvFields(root.get('62') || '').get('08') || '',
  };
}

async function loadQrImage(img, save, orderNumber) {
  const auth = getAuth();
  const response = await fetch(`/api/orders/${encodeURIComponent(orderNumber)}/payment/qr.png`, {
    headers: auth ? { Authorization: `Bearer ${auth.token}` } : {},
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  // kept while the page lives: the save link downloads the same picture
  window.addEventListener('pagehide', () => URL.revokeObjectURL(url), { once: true });
  img.src = url;
  save.href = url;
  save.hidden = false;
}

/**
 * Puts text on the clipboard; answers whether it did. The Clipboard API exists only on secure
 * pages (HTTPS, localhost): elsewhere a selected, off-screen text area is copied the old way.
 */
async function copyText(text) {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // refused (no permission, page not focused): try the old way
    }
  }
  const area = h('textarea', { class: 'copy-buffer', readonly: true, tabindex: '-1', 'aria-hidden': 'true' });
  area.value = text;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** "Sao chép" next to a value; says "Đã chép" for a moment, and tells screen readers what was copied. */
function copyButton(id, what, text, announce) {
  const label = h('span', {}, t('Sao chép', 'Copy'));
  const button = h('button', { type: 'button', id, class: 'btn btn-secondary btn-small copy-button' },
    label, h('span', { class: 'visually-hidden' }, ` ${what}`));
  let timer = null;
  button.addEventListener('click', async () => {
    const copied = await copyText(text);
    label.textContent = copied ? t('Đã chép', 'Copied') : t('Chưa chép được', 'Not copied');
    announce.textContent = copied ? t(`Đã chép ${what}.`, `Copied ${what}.`) : t(`Chưa chép được ${what}, hãy chọn và chép bằng tay.`, `Could not copy ${what}; select it and copy by hand.`);
    clearTimeout(timer);
    timer = setTimeout(() => { label.textContent = t('Sao chép', 'Copy'); }, 4000);
  });
  return button;
}

/**
 * The transfer panel of a pending VietQR payment. `refresh` reloads the order page; it is called
 * when the order's payment changes (checked every few seconds while the panel is on the page).
 */
export function vietQrTransfer(order, payment, refresh) {
  const transfer = transferOf(payment.qrPayload);
  const img = h('img', { id: 'vietqr-image', class: 'vietqr-image', width: 240, height: 240, alt: t(`Mã VietQR chuyển ${formatVnd(transfer.amountVnd)} với nội dung ${transfer.memo}`, `VietQR code to transfer ${formatVnd(transfer.amountVnd)} with the memo ${transfer.memo}`) });
  const bank = h('dd', { id: 'vietqr-bank' }, transfer.bankBin);
  const name = h('dd', { id: 'vietqr-account-name' }, '');
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const copied = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const save = h('a', { id: 'save-qr', class: 'btn btn-secondary btn-small', download: `vietqr-${order.orderNumber}.png`, hidden: true }, t('Lưu mã QR', 'Save the QR code'));
  const actions = h('div', { class: 'btn-row' });
  const box = h('div', { id: 'vietqr-transfer', class: 'vietqr' },
    h('p', {}, t('Mở ứng dụng ngân hàng và quét mã QR. Nếu chuyển khoản thủ công, hãy nhập đúng số tiền và nội dung bên dưới để đơn được xác nhận tự động.', 'Open a Vietnamese banking app and scan the QR code. Transferring by hand, type the exact amount and memo below so the order is confirmed by itself.')),
    h('p', { class: 'muted small' }, t('Đang xem trên điện thoại? Hãy lưu mã QR rồi mở ảnh trong ứng dụng ngân hàng, hoặc sao chép từng dòng bên dưới.', 'On a phone? Save the QR code and open the picture in the banking app, or copy each line below.')),
    h('div', { class: 'vietqr-code' }, img),
    h('div', { class: 'vietqr-save' }, save),
    h('dl', { class: 'facts vietqr-facts' },
      h('dt', {}, t('Ngân hàng', 'Bank')), bank,
      h('dt', {}, t('Số tài khoản', 'Account number')), h('dd', { class: 'copyable' }, h('strong', { id: 'vietqr-account' }, transfer.accountNumber),
        copyButton('copy-account', t('số tài khoản', 'the account number'), transfer.accountNumber, copied)),
      h('dt', {}, t('Chủ tài khoản', 'Account holder')), name,
      h('dt', {}, t('Số tiền', 'Amount')), h('dd', { class: 'copyable' }, h('span', { id: 'vietqr-amount', class: 'price' }, formatVnd(transfer.amountVnd)),
        copyButton('copy-amount', t('số tiền', 'the amount'), String(transfer.amountVnd), copied)),
      h('dt', {}, t('Nội dung', 'Memo')), h('dd', { class: 'copyable' }, h('code', { id: 'vietqr-memo', class: 'vietqr-memo' }, transfer.memo),
        copyButton('copy-memo', t('nội dung chuyển khoản', 'the transfer memo'), transfer.memo, copied))),
    copied,
    h('p', { class: 'muted small' }, t('Chuyển thiếu hoặc thừa tiền, đơn sẽ chờ cán bộ đối soát thay vì tự xác nhận.', 'Send too little or too much and the order waits for staff to reconcile it instead of confirming by itself.')),
    actions, result);

  loadQrImage(img, save, order.orderNumber).catch(() => {
    img.replaceWith(notice('warn', t('Chưa hiện được mã QR', 'Could not show the QR code'), t('Bạn vẫn có thể chuyển khoản thủ công theo thông tin bên dưới.', 'You can still transfer by hand with the details below.')));
  });
  get('/api/payments/vietqr/payee').then((payee) => {
    bank.textContent = payee.bankName ? `${payee.bankName} (${payee.bankBin})` : payee.bankBin;
    name.textContent = payee.accountName;
    if (payee.sandbox) actions.append(simulateButton(payment, result, refresh));
  }).catch(() => {});
  watch(box, order.orderNumber, payment.reference, refresh);
  return box;
}

function simulateButton(payment, result, refresh) {
  const button = h('button', { type: 'button', id: 'simulate-transfer', class: 'btn btn-secondary' }, t('Mô phỏng chuyển khoản', 'Simulate the transfer'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await post('/api/sandbox/vietqr/transfers', { reference: payment.reference, amountVnd: payment.amountVnd });
      await refresh();
    } catch (err) {
      result.replaceChildren(notice('error', t('Chưa mô phỏng được', 'Could not simulate'), err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
  return button;
}

/** Reloads the page once the bank's transfer has changed the payment; stops when the panel goes. */
function watch(box, orderNumber, reference, refresh) {
  const timer = setInterval(async () => {
    if (!box.isConnected) { clearInterval(timer); return; }
    try {
      const now = await get(`/api/orders/${encodeURIComponent(orderNumber)}`);
      if (now.payment?.reference !== reference || now.payment?.status !== 'PENDING') {
        clearInterval(timer);
        refresh();
      }
    } catch {
      // a lost connection: try again at the next tick
    }
  }, POLL_MS);
}
