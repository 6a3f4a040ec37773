// The workshop's ledger (GET /api/my/ledger?from=&to=&page=): for each paid part of an order, what
// the shopper paid (goods and shipping), the platform's commission, the VAT and PIT withheld for the
// household seller (Decree 117/2025) and what the workshop receives; a cancelled part's reversal
// shows the same amounts negated. Totals cover the whole period. The period and page live in the address.
// Hooks for the browser test: #ledger-period, #ledger-totals, #ledger-list > tr[data-kind], body[data-state].

import { ApiError, describeError, get } from '/js/api.js';
import { loginRedirect, mountLayout, signedInUser } from '/js/layout.js';
import {
  h, fill, loading, errorBox, emptyState, notice, params, pageParam, pager, hrefWithPage, setPageState, setTitle,
  formatVnd, formatNumber, formatDateTime,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'shop-orders' });
setTitle('Sổ doanh thu của xưởng');

const PAGE_SIZE = 25;
const KIND = { SALE: 'Bán hàng', REVERSAL: 'Huỷ, hoàn lại', RETURN: 'Trả hàng, hoàn một phần' };
const root = document.getElementById('shop-ledger');

/** "5%" or "0,5%" from basis points. */
function percent(bp) {
  return `${formatNumber(bp / 100)}%`;
}

function periodForm(from, to) {
  const fromInput = h('input', { type: 'date', id: 'ledger-from', name: 'from', value: from });
  const toInput = h('input', { type: 'date', id: 'ledger-to', name: 'to', value: to });
  const form = h('form', { id: 'ledger-period', class: 'status-filter', method: 'get', action: '/shop-ledger.html' },
    h('label', { for: 'ledger-from' }, 'Từ ngày'), fromInput,
    h('label', { for: 'ledger-to' }, 'Đến ngày'), toInput,
    h('button', { type: 'submit', class: 'btn btn-secondary btn-small' }, 'Xem'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (fromInput.value) p.set('from', fromInput.value);
    if (toInput.value) p.set('to', toInput.value);
    location.assign(`/shop-ledger.html${p.toString() ? `?${p}` : ''}`);
  });
  return form;
}

/** What the platform keeps, shown as a deduction (and 0 rather than -0). */
const minus = (amount) => (amount ? -amount : 0);

function totalsElement(t) {
  const row = (label, amount, cls) => h('div', { class: cls }, h('dt', {}, label), h('dd', {}, formatVnd(amount)));
  return h('section', { class: 'panel', 'aria-labelledby': 'ledger-totals-title' },
    h('h2', { id: 'ledger-totals-title' }, 'Cộng trong kỳ'),
    h('dl', { id: 'ledger-totals', class: 'totals' },
      row('Khách trả (hàng và phí vận chuyển)', t.grossVnd),
      row('Phí sàn', minus(t.commissionVnd)),
      row('Thuế GTGT sàn khấu trừ', minus(t.vatWithheldVnd)),
      row('Thuế TNCN sàn khấu trừ', minus(t.pitWithheldVnd)),
      row('Xưởng thực nhận', t.netVnd, 'grand')));
}

/** The columns, in order; on a phone each row is a card whose cells carry these as labels. */
const COLUMNS = ['Thời gian', 'Đơn', 'Loại', 'Khách trả', 'Phí sàn', 'Thuế GTGT', 'Thuế TNCN', 'Thực nhận'];

function entryRow(e) {
  const cell = (column, attrs, ...content) => h('td', { ...attrs, dataset: { label: COLUMNS[column] } }, ...content);
  const amount = (column, v, title) => cell(column, { class: 'price', title }, formatVnd(v));
  return h('tr', { dataset: { kind: e.kind, shopOrderId: String(e.shopOrderId) } },
    cell(0, {}, h('time', { datetime: e.createdAt }, formatDateTime(e.createdAt))),
    cell(1, {}, e.orderNumber || `#${e.shopOrderId}`),
    cell(2, {}, h('span', {}, KIND[e.kind] || e.kind, e.reason ? h('small', { class: 'muted' }, h('br'), e.reason) : null)),
    amount(3, e.grossVnd),
    amount(4, e.commissionVnd, `Phí sàn ${percent(e.commissionBasisPoints)} tiền hàng`),
    amount(5, e.vatWithheldVnd, `${percent(e.vatBasisPoints)} tiền hàng`),
    amount(6, e.pitWithheldVnd, `${percent(e.pitBasisPoints)} tiền hàng`),
    cell(7, { class: 'price ledger-net' }, h('strong', {}, formatVnd(e.netVnd))));
}

function entriesTable(items) {
  return h('div', { class: 'ledger-scroll', tabindex: '0', role: 'region', 'aria-label': 'Các dòng sổ' },
    h('table', { class: 'ledger-table' },
      h('thead', {}, h('tr', {}, COLUMNS.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', { id: 'ledger-list' }, items.map(entryRow))));
}

async function load() {
  const from = params().get('from') || '';
  const to = params().get('to') || '';
  fill(root, loading('Đang tải sổ doanh thu…'));
  try {
    const q = new URLSearchParams({ page: String(pageParam()), size: String(PAGE_SIZE) });
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    const statement = await get(`/api/my/ledger?${q}`);
    const head = h('div', { class: 'workspace-head' },
      h('h1', {}, 'Sổ doanh thu của xưởng'),
      h('div', { class: 'btn-row' },
        h('a', { class: 'btn btn-secondary btn-small', href: '/shop-sales.html', id: 'shop-sales-link' }, 'Doanh số'),
        h('a', { class: 'btn btn-secondary btn-small', href: '/shop-orders.html' }, 'Đơn của xưởng')));
    const explain = h('p', { class: 'muted small' },
      'Phí sàn và thuế khấu trừ (thuế GTGT và thuế TNCN của hộ kinh doanh, theo Nghị định 117/2025/NĐ-CP) tính trên tiền hàng, không tính trên phí vận chuyển. '
      + 'Khi một phần đơn đã thanh toán bị huỷ, sổ ghi một dòng hoàn lại đúng bằng số đã ghi.');
    const list = statement.items.length
      ? [entriesTable(statement.items), pager(statement, hrefWithPage)]
      : emptyState(from || to ? 'Không có dòng nào trong kỳ này' : 'Sổ chưa có dòng nào',
        'Khi khách thanh toán một đơn của xưởng, sổ ghi tiền hàng, phí sàn, thuế khấu trừ và số xưởng thực nhận.');
    fill(root, head, periodForm(from, to), explain, totalsElement(statement.totals),
      statement.total ? h('p', { class: 'muted' }, `${formatNumber(statement.total)} dòng`) : null, list);
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    if (err instanceof ApiError && err.status === 400) {
      fill(root, h('h1', {}, 'Sổ doanh thu của xưởng'), periodForm('', ''),
        notice('error', 'Khoảng ngày chưa đúng', err.fieldErrors().map((e) => e.message).join(' ') || describeError(err)));
      setPageState('error');
      return;
    }
    fill(root, errorBox(err, { page: true, retry: load, notFound: 'Bạn chưa mở cửa hàng.' }));
    setPageState('error');
  }
}

async function start() {
  const user = await signedInUser(me);
  if (!user) return;
  if (!user.roles?.includes('ARTISAN')) {
    fill(root, h('h1', {}, 'Sổ doanh thu của xưởng'), notice('info', 'Trang này dành cho nghệ nhân',
      'Tài khoản của bạn là tài khoản người mua.'));
    setPageState('ready');
    return;
  }
  await load();
}

start();
