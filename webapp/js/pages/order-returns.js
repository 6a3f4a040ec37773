// Returns on the buyer's order page: each return's state and refund, asking a return of a delivered
// part (lines, reason, text, photos; a bank account for cash on delivery), sending the parcel back,
// or having GHN pick it up (.ghn-pickup, .cancel-ghn-pickup, .return-pickup[data-code][data-status]),
// escalating a refusal. Hooks for the browser test: #order-returns, .ask-return[data-part],
// form.return-form, .return-card[data-id][data-status][data-refund], .return-refund.

import { ApiError, get, post, del, api, newIdempotencyKey } from '/js/api.js';
import { h, fill, notice, params } from '/js/ui.js';
import { banks } from '/js/money.js';
import { RETURN_REASON, actionButton, actionForm, returnCard, returnPhoto, problemMessage } from '/js/returns.js';

const number = params().get('number');
const root = document.getElementById('order-returns');
let timer = null;

function lineRow(part, line) {
  return h('li', { class: 'return-line' },
    h('label', {}, h('input', { type: 'checkbox', name: 'line', value: line.sku }), ` ${line.title}`),
    h('label', {}, 'Số lượng ', h('input', { type: 'number', name: `qty-${line.sku}`, min: '1', max: String(line.quantity), value: String(line.quantity), inputmode: 'numeric' })));
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
        message.replaceChildren(notice('error', 'Chưa tải được ảnh', problemMessage(err)));
      }
    }
    file.value = '';
  });
  const cod = part.paymentMethod === 'COD';
  let bankSelect = null;
  if (cod) {
    const { list } = await banks();
    bankSelect = h('select', { name: 'bankBin', required: true },
      h('option', { value: '' }, 'Chọn ngân hàng'), list.map((b) => h('option', { value: b.bin }, b.shortName || b.name)));
  }
  const form = h('form', { class: 'return-form stack', dataset: { part: String(part.id) } },
    h('fieldset', {}, h('legend', {}, 'Sản phẩm muốn trả'), h('ul', {}, part.lines.map((l) => lineRow(part, l)))),
    h('label', {}, 'Lý do ', h('select', { name: 'reason', required: true },
      Object.entries(RETURN_REASON).filter(([k]) => k !== 'NOT_RECEIVED').map(([k, v]) => h('option', { value: k }, v)))),
    h('label', {}, 'Mô tả ', h('textarea', { name: 'text', required: true, rows: '3', maxlength: '2000' })),
    h('label', {}, 'Ảnh (tối đa 5) ', file), photoList,
    cod ? h('fieldset', {}, h('legend', {}, 'Tài khoản nhận tiền hoàn'),
      h('label', {}, 'Ngân hàng ', bankSelect),
      h('label', {}, 'Số tài khoản ', h('input', { name: 'accountNumber', required: true, inputmode: 'numeric' })),
      h('label', {}, 'Tên chủ tài khoản ', h('input', { name: 'accountName', required: true }))) : null,
    h('button', { class: 'btn btn-primary', type: 'submit' }, 'Gửi yêu cầu trả hàng'),
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
      message.replaceChildren(notice('error', 'Chưa gửi được yêu cầu', problemMessage(err)));
    }
  });
  return form;
}

function escalateForm(r, refresh) {
  return actionForm('escalate-form',
    [h('label', {}, 'Khiếu nại lên ban quản lý ', h('textarea', { name: 'text', required: true, rows: '2' }))],
    'Gửi khiếu nại', 'Chưa gửi được',
    (data) => post(`/api/returns/${r.id}/escalate`, { text: data.get('text') }), refresh);
}

function parcelForm(r, refresh) {
  return actionForm('parcel-form',
    [h('label', {}, 'Hãng vận chuyển ', h('input', { name: 'carrier', required: true, maxlength: '40' })),
      h('label', {}, 'Mã vận đơn ', h('input', { name: 'trackingCode', required: true, maxlength: '60' }))],
    'Đã gửi hàng trả', 'Chưa lưu được',
    (data) => post(`/api/returns/${r.id}/parcel`, { carrier: data.get('carrier'), trackingCode: data.get('trackingCode') }),
    refresh);
}

/** "Gửi trả qua GHN": GHN comes to pick the parcel up; when it cannot be reached, the form by hand stays. */
function ghnButton(r, label, cls, task) {
  return h('div', { class: 'btn-row' }, ...actionButton(label, cls, task, render, (err) => (err?.status === 503
    ? notice('error', 'Chưa kết nối được GHN', 'GHN đang không phản hồi. Bạn vẫn có thể tự gửi hàng trả và nhập mã vận đơn bên dưới.')
    : notice('error', 'Chưa thực hiện được', problemMessage(err)))));
}

function pickupButton(r) {
  return ghnButton(r, 'Gửi trả qua GHN', 'btn-primary ghn-pickup', () => post(`/api/returns/${r.id}/pickup`, {}));
}

function cancelPickupButton(r) {
  return ghnButton(r, 'Huỷ đơn GHN lấy hàng', 'btn-secondary cancel-ghn-pickup', () => del(`/api/returns/${r.id}/pickup`));
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
      `Yêu cầu trả hàng${order.shopOrders.length > 1 ? ` · ${part.shop?.name || ''}` : ''}`);
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
    h('h2', { id: 'returns-title' }, 'Trả hàng và hoàn tiền'),
    h('p', { class: 'small muted' }, 'Bạn có thể yêu cầu trả hàng trong thời hạn đổi trả sau khi nhận hàng. Xưởng trả lời trong 48 giờ.'),
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
