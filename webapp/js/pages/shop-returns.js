// The artisan's returns on the orders page: open ones first with their deadline; accept, refuse
// (with a reason), or say the parcel came back and which pieces can be sold again; and the shop's
// return policy. A GHN pickup's code and status show on the card (.return-pickup); the shop can book
// one too (.ghn-pickup). Hooks for the browser test: #shop-returns, .return-card[data-id][data-status],
// .accept-return, .refuse-return, form.received-form, #changed-mind-policy.

import { ApiError, get, post, put } from '/js/api.js';
import { h, fill, notice, toast } from '/js/ui.js';
import { actionButton, actionForm, returnCard, problemMessage } from '/js/returns.js';

const root = document.getElementById('shop-returns');

function act(label, cls, task) {
  return actionButton(label, cls, task, render);
}

function refuseForm(r) {
  const form = actionForm('refuse-form',
    [h('label', {}, 'Lý do từ chối ', h('textarea', { name: 'reason', required: true, rows: '2' }))],
    'Từ chối', 'Chưa từ chối được',
    (data) => post(`/api/my/returns/${r.id}/refuse`, { reason: data.get('reason') }), render);
  form.querySelector('button').classList.add('refuse-return');
  return form;
}

function receivedForm(r) {
  const message = h('div', { role: 'status' });
  const form = h('form', { class: 'received-form stack' },
    h('p', { class: 'small' }, 'Số sản phẩm còn bán lại được (trả về kho):'),
    h('ul', {}, r.lines.map((l) => h('li', {}, h('label', {}, `${l.title} `,
      h('input', { type: 'number', name: `restock-${l.sku}`, min: '0', max: String(l.quantity), value: String(l.quantity), inputmode: 'numeric' }))))),
    h('button', { class: 'btn btn-primary received-return', type: 'submit' }, 'Đã nhận hàng trả, hoàn tiền'), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const restock = r.lines.map((l) => ({ sku: l.sku, quantity: Number(data.get(`restock-${l.sku}`)) }));
    try {
      await post(`/api/my/returns/${r.id}/received`, { restock });
      toast('Đã hoàn tiền cho người mua.');
      await render();
    } catch (err) {
      message.replaceChildren(notice('error', 'Chưa ghi nhận được', problemMessage(err)));
    }
  });
  return form;
}

async function policyBox() {
  const policy = await get('/api/my/return-policy');
  const box = h('input', { type: 'checkbox', id: 'changed-mind-policy', checked: Boolean(policy.acceptsChangedMind) });
  box.addEventListener('change', async () => {
    try {
      await put('/api/my/return-policy', { acceptsChangedMind: box.checked });
      toast('Đã lưu chính sách đổi trả.');
    } catch (err) {
      box.checked = !box.checked;
    }
  });
  return h('p', { class: 'small' }, h('label', {}, box, ' Nhận trả hàng khi người mua đổi ý'));
}

async function render() {
  const returns = await get('/api/my/returns');
  const cards = returns.map((r) => returnCard(r,
    r.status === 'REQUESTED' ? h('div', { class: 'btn-row' }, ...act('Đồng ý trả hàng', 'btn-primary accept-return',
      () => post(`/api/my/returns/${r.id}/accept`, {}))) : null,
    r.status === 'REQUESTED' ? refuseForm(r) : null,
    r.status === 'ACCEPTED' && !r.trackingCode && !r.pickup && r.reason !== 'NOT_RECEIVED'
      ? h('div', { class: 'btn-row' }, ...act('Gọi GHN lấy hàng trả', 'btn-secondary ghn-pickup',
        () => post(`/api/my/returns/${r.id}/pickup`, {}))) : null,
    r.status === 'ACCEPTED' && r.parcelDeliveredAt ? h('p', { class: 'small notice-ok' }, 'GHN đã giao hàng trả về xưởng: vui lòng kiểm tra và xác nhận.') : null,
    r.status === 'ACCEPTED' && r.reason !== 'NOT_RECEIVED' ? receivedForm(r) : null));
  fill(root, h('section', { class: 'panel', 'aria-labelledby': 'shop-returns-title' },
    h('h2', { id: 'shop-returns-title' }, 'Yêu cầu trả hàng'),
    await policyBox(),
    cards.length ? cards : h('p', { class: 'muted' }, 'Chưa có yêu cầu trả hàng.')));
}

if (root) {
  render().catch((err) => {
    if (!(err instanceof ApiError)) throw err;
  });
}
