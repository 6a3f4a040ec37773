// The officers' disputes: open ones first, overdue flagged; one dispute with both sides' words and
// photos, every step, and the decision (the refund, 0 up to what is still refundable, and a note).
// Hooks for tests: #disputes, .dispute-row[data-id][data-overdue], form.decide-form.

import { ApiError, get, post } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, fill, loading, errorBox, notice, params, setPageState, setTitle, formatVnd, formatDateTime } from '/js/ui.js';
import { RETURN_REASON, RETURN_STATUS, returnCard, problemMessage } from '/js/returns.js';

mountLayout({ active: 'disputes' });
const root = document.getElementById('disputes');

function decideForm(d) {
  const message = h('div', { role: 'status' });
  const form = h('form', { class: 'decide-form stack' },
    h('label', {}, `Số tiền hoàn (tối đa ${formatVnd(d.refundableVnd)}) `,
      h('input', { name: 'refundVnd', type: 'number', min: '0', max: String(d.refundableVnd), required: true, inputmode: 'numeric' })),
    h('label', {}, 'Ghi chú quyết định ', h('textarea', { name: 'note', required: true, rows: '3' })),
    h('button', { class: 'btn btn-primary', type: 'submit' }, 'Ra quyết định'), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    form.querySelector('button').disabled = true;
    try {
      await post(`/api/officer/disputes/${d.id}/decide`, { refundVnd: Number(data.get('refundVnd')), note: data.get('note') });
      await showOne(d.id);
    } catch (err) {
      message.replaceChildren(notice('error', 'Chưa ra được quyết định', problemMessage(err)));
      form.querySelector('button').disabled = false;
    }
  });
  return form;
}

/** Who wrote a message, as the officer reads it. */
const SIDE = { BUYER: 'Người mua', SHOP: 'Xưởng' };

async function showOne(id) {
  const d = await get(`/api/officer/disputes/${id}`);
  setTitle(`Khiếu nại #${d.id}`);
  fill(root,
    h('p', {}, h('a', { href: '/disputes.html' }, '← Danh sách khiếu nại')),
    h('h1', {}, `Khiếu nại đơn ${d.orderNumber}`),
    h('section', { class: 'panel' }, h('h2', {}, 'Người mua'),
      h('p', {}, d.text), d.escalationText ? h('p', {}, h('strong', {}, 'Khiếu nại: '), d.escalationText) : null),
    h('section', { class: 'panel' }, h('h2', {}, 'Xưởng'),
      h('p', {}, d.refusalReason || 'Xưởng chưa nêu lý do.')),
    d.messages?.length ? h('section', { class: 'panel' }, h('h2', {}, 'Tin nhắn giữa hai bên'),
      h('ol', {}, d.messages.map((m) => h('li', {}, `${formatDateTime(m.at)} · ${SIDE[m.side] || m.side}: ${m.text}`)))) : null,
    returnCard(d, d.status === 'ESCALATED' ? decideForm(d) : null));
  setPageState('ready');
}

async function showList() {
  const rows = await get('/api/officer/disputes');
  setTitle('Khiếu nại');
  fill(root, h('h1', {}, 'Khiếu nại, tranh chấp'),
    rows.length ? h('ul', { class: 'stack' }, rows.map((r) => h('li', { class: 'panel dispute-row', dataset: { id: String(r.id), overdue: String(r.overdue) } },
      h('a', { href: `/disputes.html?id=${r.id}` }, `#${r.id} · đơn ${r.orderNumber}`),
      h('p', { class: 'small' }, `${r.shopName || ''} · ${RETURN_REASON[r.reason] || r.reason} · ${formatVnd(r.amountVnd)}`),
      h('p', { class: r.overdue ? 'small notice-warn' : 'small muted' }, RETURN_STATUS[r.status] || r.status,
        r.dueAt ? ` · hạn ${formatDateTime(r.dueAt)}` : '', r.overdue ? ' · QUÁ HẠN' : ''))))
      : h('p', { class: 'muted' }, 'Không có khiếu nại nào.'));
  setPageState('ready');
}

async function start() {
  fill(root, loading());
  try {
    const id = params().get('id');
    await (id ? showOne(id) : showList());
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
      return;
    }
    fill(root, errorBox(err, { page: true }));
    setPageState('error');
  }
}

start();
