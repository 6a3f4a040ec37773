// The workshop's own sales (GET /api/my/sales?from&to&groupBy=day|month|category): one chart and
// the table under it. Period and grouping live in the address.
// Hooks for the browser test: #sales-period, #sales-chart[data-ready], #sales-table, body[data-state].

import { ApiError, describeError, get } from '/js/api.js';
import { loginRedirect, mountLayout, signedInUser } from '/js/layout.js';
import { h, fill, loading, errorBox, notice, params, setPageState, setTitle } from '/js/ui.js';
import {
  QUICK_PERIODS, DIMENSIONS, barsHeight, barsOption, chartFigure, checkPeriod, drawChart, grainFor, periodFromAddress,
  periodKeys, periodText, salesSeriesOption, salesTable, seriesRows, today,
} from '/js/sales.js';

const { me } = mountLayout({ active: 'shop-orders' });
setTitle('Doanh số của xưởng');

const GROUPS = ['auto', 'day', 'month', 'category'];
const root = document.getElementById('shop-sales');

function state() {
  const p = params();
  const group = GROUPS.includes(p.get('groupBy')) ? p.get('groupBy') : 'auto';
  return { ...periodFromAddress(p), group };
}

function go(s) {
  const q = new URLSearchParams({ from: s.from, to: s.to });
  if (s.group !== 'auto') q.set('groupBy', s.group);
  history.pushState(null, '', `/shop-sales.html?${q}`);
  load();
}

function periodForm(s) {
  const from = h('input', { type: 'date', id: 'sales-from', name: 'from', value: s.from, max: today(), required: true });
  const to = h('input', { type: 'date', id: 'sales-to', name: 'to', value: s.to, max: today(), required: true });
  const group = h('select', { id: 'sales-group', name: 'groupBy' },
    h('option', { value: 'auto', selected: s.group === 'auto' }, 'Theo thời gian'),
    ['day', 'month', 'category'].map((g) => h('option', { value: g, selected: s.group === g }, `Theo ${DIMENSIONS[g].toLowerCase()}`)));
  const read = () => ({ from: from.value, to: to.value, group: group.value });
  const form = h('form', { id: 'sales-period', class: 'status-filter', method: 'get', action: '/shop-sales.html' },
    h('label', { for: 'sales-from' }, 'Từ ngày'), from,
    h('label', { for: 'sales-to' }, 'Đến ngày'), to,
    h('label', { for: 'sales-group', class: 'visually-hidden' }, 'Nhóm theo'), group,
    h('button', { type: 'submit', class: 'btn btn-secondary btn-small' }, 'Xem'),
    QUICK_PERIODS.map(([id, label, range]) => h('button', {
      type: 'button', class: 'btn btn-quiet btn-small', dataset: { period: id }, onclick: () => go({ ...read(), ...range() }),
    }, label)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (checkPeriod(from, to)) go(read());
  });
  return form;
}

async function load() {
  const s = state();
  const groupBy = s.group === 'auto' ? grainFor(s.from, s.to) : s.group;
  const head = h('div', { class: 'workspace-head' },
    h('h1', {}, 'Doanh số của xưởng'),
    h('div', { class: 'btn-row' },
      h('a', { class: 'btn btn-secondary btn-small', href: '/shop-orders.html' }, 'Đơn của xưởng'),
      h('a', { class: 'btn btn-secondary btn-small', href: '/shop-ledger.html' }, 'Sổ doanh thu')));
  setPageState('loading');
  if (!root.childElementCount) fill(root, head, loading('Đang tải doanh số…'));
  try {
    const q = new URLSearchParams({ from: s.from, to: s.to, groupBy });
    const report = await get(`/api/my/sales?${q}`);
    const byTime = groupBy !== 'category';
    const rows = byTime ? seriesRows(report, periodKeys(s.from, s.to, groupBy)) : report.rows;
    const { figure, box } = chartFigure({
      id: 'sales-chart',
      title: byTime ? `Doanh thu theo ${DIMENSIONS[groupBy].toLowerCase()}` : 'Doanh thu theo danh mục',
      caption: `${periodText(s.from, s.to)}. Doanh thu là số khách trả cho hàng và phí vận chuyển, ghi vào ngày khách thanh toán.`,
      height: byTime ? 300 : barsHeight(rows.length),
    });
    const table = salesTable({ ...report, rows }, { id: 'sales-table', firstHeader: DIMENSIONS[groupBy] });
    fill(root, head, periodForm(s), figure, table);
    await drawChart(box, byTime ? salesSeriesOption(rows) : barsOption(rows, 'Doanh thu'));
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    if (err instanceof ApiError && err.status === 400) {
      fill(root, head, periodForm(s),
        notice('error', 'Khoảng ngày chưa đúng', err.fieldErrors().map((e) => e.message).join(' ') || describeError(err)));
    } else {
      fill(root, head, errorBox(err, { retry: load, notFound: 'Bạn chưa mở cửa hàng.' }));
    }
    setPageState('error');
  }
}

async function start() {
  const user = await signedInUser(me);
  if (!user) return;
  if (!user.roles?.includes('ARTISAN')) {
    fill(root, h('h1', {}, 'Doanh số của xưởng'), notice('info', 'Trang này dành cho nghệ nhân',
      'Tài khoản của bạn là tài khoản người mua.'));
    setPageState('ready');
    return;
  }
  window.addEventListener('popstate', load);
  await load();
}

start();
