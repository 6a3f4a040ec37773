// Returns on the buyer's order page: each return's state and refund, asking a return of a delivered
// part (lines, reason, text, photos; a bank account for cash on delivery), sending the parcel back,
// or having GHN pick it up (.ghn-pickup, .cancel-ghn-pickup, .return-pickup[data-code][data-status]),
// escalating a refusal. Hooks for the browser test: #order-returns, .ask-return[data-part],
// form.return-form, .return-card[data-id][data-status][data-refund], .return-refund.

import { ApiError, get, post, del, api, newIdempotencyKey } from '/js/api.js';
import { h, fill, notice, params } from '/js/ui.js';
import { banks } from '/js/money.js';
import { RETURN_REASON, actionButton, actionForm, returnCard, returnPhoto, problemMessage } from '/js/returns.js';
import { t } from '/js/i18n.js';

const number = params().get('number');
const root = document.getElementById('order-returns');
let timer = null;

function lineRow(part, line) {
  return h('li', { class: 'return-line' },
    h('label', {}, h('input', { type: 'checkbox', name: 'line', value: line.sku }), ` ${line.title}`),
    h('label', {}, t('Số lượng ', 'Quantity '), h('input', { type: 'number', name: `qty-${line.sku}`, min: '1', max: String(line.quantity), value: String(line.quantity), inputmode: 'numeric' })));
}

async function askForm(part, refresh) {
  const message = h('div', { role: 'status' });
  const photos = [];
  const photoList = h('div', { class: 'return-photos' });
  const file = h('input', { type: 'file', accept: 'image/*', name: 'photo' });
  file.addEventListener('change', async () => {
    for (const f of file.files) {
      const data = new FormData();
      data.append('file', f);
      try {
        const saved = await api('/api/returns/photos', { method: 'POST', form: data });
        photos.push(saved.id);
        photoList.append(returnPhoto(saved.url, 72));
      } catch (err) {
        message.replaceChildren(notice('error', t('Chưa tải được ảnh', 'Could not upload the photo'), problemMessage(err)));
      }
    }
    file.value = '';
  });
  const cod = part.paymentMethod === 'COD';
  let bankSelect = null;
  if (cod) {
    const { list } = await banks();
    bankSelect = h('select', { name: 'bankBin', required: true },
      h('option', { value: '' }, t('Chọn ngân hàng', 'Choose the bank')), list.map((b) => h('option', { value: b.bin }, b.shortName || b.name)));
  }
  const form = h('form', { class: 'return-form stack', dataset: { part: String(part.id) } },
    h('fieldset', {}, h('legend', {}, t('Sản phẩm muốn trả', 'Items to return')), h('ul', {}, part.lines.map((l) => lineRow(part, l)))),
    h('label', {}, t('Lý do ', 'Reason '), h('select', { name: 'reason', required: true },
      Object.entries(RETURN_REASON).filter(([k]) => k !== 'NOT_RECEIVED').map(([k, v]) => h('option', { value: k }, v)))),
    h('label', {}, t('Mô tả ', 'What happened '), h('textarea', { name: 'text', required: true, rows: '3', maxlength: '2000' })),
    h('label', {}, t('Ảnh (tối đa 5) ', 'Photos (up to 5) '), file), photoList,
    cod ? h('fieldset', {}, h('legend', {}, t('Tài khoản nhận tiền hoàn', 'Account for the refund')),
      h('label', {}, t('Ngân hàng ', 'Bank '), bankSelect),
      h('label', {}, t('Số tài khoản ', 'Account number '), h('input', { name: 'accountNumber', required: true, inputmode: 'numeric' })),
      h('label', {}, t('Tên chủ tài khoản ', 'Account holder\'s name '), h('input', { name: 'accountName', required: true }))) : null,
    h('button', { class: 'btn btn-primary', type: 'submit' }, t('Gửi yêu cầu trả hàng', 'Ask for the return')),
    message);
  const key = newIdempotencyKey();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const lines = data.getAll('line').map((sku) => ({ sku, quantity: Number(data.get(`qty-${sku}`)) }));
    const body = { shopOrderId: part.id, lines, reason: data.get('reason'), text: data.get('text'), imageIds: photos };
    if (cod) body.bankAccount = { bankBin: data.get('bankBin'), accountNumber: data.get('accountNumber'), accountName: data.get('accountName') };
    try {
      await post(`/api/orders/${encodeURIComponent(number)}/returns`, body, { idempotencyKey: key });
      await refresh();
    } catch (err) {
      message.replaceChildren(notice('error', t('Chưa gửi được yêu cầu', 'Could not send the request'), problemMessage(err)));
    }
  });
  return form;
}

function escalateForm(r, refresh) {
  return actionForm('escalate-form',
    [h('label', {}, t('Khiếu nại lên ban quản lý ', 'Complain to the market\'s managers '), h('textarea', { name: 'text', required: true, rows: '2' }))],
    t('Gửi khiếu nại', 'Send the complaint'), t('Chưa gửi được', 'Could not send'),
    (data) => post(`/api/returns/${r.id}/escalate`, { text: data.get('text') }), refresh);
}

function parcelForm(r, refresh) {
  return actionForm('parcel-form',
    [h('label', {}, t('Hãng vận chuyển ', 'Carrier '), h('input', { name: 'carrier', required: true, maxlength: '40' })),
      h('label', {}, t('Mã vận đơn ', 'Tracking code '), h('input', { name: 'trackingCode', required: true, maxlength: '60' }))],
    t('Đã gửi hàng trả', 'Parcel sent back'), t('Chưa lưu được', 'Could not save'),
    (data) => post(`/api/returns/${r.id}/parcel`, { carrier: data.get('carrier'), trackingCode: data.get('trackingCode') }),
    refresh);
}

/** "Gửi trả qua GHN": GHN comes to pick the parcel up; when it cannot be reached, the form by hand stays. */
function ghnButton(r, label, cls, task) {
  return h('div', { class: 'btn-row' }, ...actionButton(label, cls, task, render, (err) => (err?.status === 503
    ? notice('error', t('Chưa kết nối được GHN', 'Could not reach GHN'), t('GHN đang không phản hồi. Bạn vẫn có thể tự gửi hàng trả và nhập mã vận đơn bên dưới.', 'GHN is not answering. You can still send the parcel yourself and type its tracking code below.'))
    : notice('error', t('Chưa thực hiện được', 'That did not work'), problemMessage(err)))));
}

function pickupButton(r) {
  return ghnButton(r, t('Gửi trả qua GHN', 'Send it back with GHN'), 'btn-primary ghn-pickup', () => post(`/api/returns/${r.id}/pickup`, {}));
}

function cancelPickupButton(r) {
  return ghnButton(r, t('Huỷ đơn GHN lấy hàng', 'Cancel the GHN pickup'), 'btn-secondary cancel-ghn-pickup', () => del(`/api/returns/${r.id}/pickup`));
}

async function render() {
  const [order, returns] = await Promise.all([
    get(`/api/orders/${encodeURIComponent(number)}`),
    get(`/api/orders/${encodeURIComponent(number)}/returns`),
  ]);
  const open = new Set(returns.filter((r) => !r.closedAt).map((r) => r.shopOrderId));
  const askable = order.shopOrders.filter((p) => p.status === 'DELIVERED' && !open.has(p.id));
  const cards = returns.map((r) => returnCard(r,
    r.status === 'REFUSED' ? escalateForm(r, render) : null,
    r.status === 'ACCEPTED' && !r.trackingCode && !r.pickup && r.reason !== 'NOT_RECEIVED' ? pickupButton(r) : null,
    r.status === 'ACCEPTED' && r.pickup?.status === 'ready_to_pick' ? cancelPickupButton(r) : null,
    r.status === 'ACCEPTED' && !r.trackingCode && r.reason !== 'NOT_RECEIVED' ? parcelForm(r, render) : null));
  const asks = askable.map((part) => {
    const holder = h('div', { class: 'ask-holder' });
    const button = h('button', { class: 'btn ask-return', type: 'button', dataset: { part: String(part.id) } },
      `${t('Yêu cầu trả hàng', 'Ask for a return')}${order.shopOrders.length > 1 ? ` · ${part.shop?.name || ''}` : ''}`);
    button.addEventListener('click', async () => {
      button.hidden = true;
      holder.replaceChildren(await askForm({ ...part, paymentMethod: order.paymentMethod }, render));
    });
    return h('div', {}, button, holder);
  });
  if (!cards.length && !asks.length) {
    fill(root);
    return;
  }
  fill(root, h('section', { class: 'panel', 'aria-labelledby': 'returns-title' },
    h('h2', { id: 'returns-title' }, t('Trả hàng và hoàn tiền', 'Returns and refunds')),
    h('p', { class: 'small muted' }, t('Bạn có thể yêu cầu trả hàng trong thời hạn đổi trả sau khi nhận hàng. Xưởng trả lời trong 48 giờ.', 'You may ask for a return within the returns period after delivery. The workshop answers within 48 hours.')),
    ...cards, ...asks));
  // a refund on its way shows itself when it lands
  clearTimeout(timer);
  if (returns.some((r) => r.refundStatus && !['SUCCEEDED', 'PAID', 'FAILED'].includes(r.refundStatus))) {
    timer = setTimeout(() => render().catch(() => {}), 3000);
  }
}

if (root && number) {
  render().catch((err) => {
    if (!(err instanceof ApiError)) throw err;
  });
}
