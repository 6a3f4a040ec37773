// The complaints panel on the officers' reports page: returns and disputes of the last 90 days by
// commune or craft, refunds, and the median time to resolve them. Hook: #complaints-panel table.

import { ApiError, get } from '/js/api.js';
import { h, fill, formatVnd, formatNumber } from '/js/ui.js';

const root = document.getElementById('complaints-panel');

async function render(groupBy) {
  const report = await get(`/api/reports/complaints?groupBy=${groupBy}`);
  const select = h('select', { 'aria-label': 'Nhóm theo' },
    h('option', { value: 'commune', selected: groupBy === 'commune' }, 'Theo xã, phường'),
    h('option', { value: 'craft', selected: groupBy === 'craft' }, 'Theo nghề'));
  select.addEventListener('change', () => render(select.value).catch(() => {}));
  const row = (r, total) => h('tr', { class: total ? 'totals' : '' },
    h(total ? 'th' : 'td', {}, r.label || '(chưa rõ)'), h('td', {}, formatNumber(r.returns)), h('td', {}, formatNumber(r.disputes)),
    h('td', {}, formatNumber(r.refunded)), h('td', {}, formatVnd(r.refundedVnd)),
    h('td', {}, r.medianHoursToResolve == null ? '—' : `${r.medianHoursToResolve} giờ`));
  fill(root, h('section', { class: 'panel', 'aria-labelledby': 'complaints-title' },
    h('h2', { id: 'complaints-title' }, 'Khiếu nại và trả hàng'),
    h('p', { class: 'small muted' }, `Từ ${report.from} đến ${report.to} · đang quá hạn: ${report.openOverdue}`),
    select,
    h('div', { class: 'table-scroll' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Nơi / nghề', 'Yêu cầu trả', 'Khiếu nại', 'Được hoàn', 'Tiền hoàn', 'Thời gian giải quyết (trung vị)'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, report.rows.map((r) => row(r, false)), row(report.totals, true))))));
}

if (root) {
  render('commune').catch((err) => {
    if (!(err instanceof ApiError)) throw err;
  });
}
