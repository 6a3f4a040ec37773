// The trade officers' dashboard (OFFICER, ADMIN): headline figures against the previous period of
// the same length, sales over time, sales by commune (today's units or those before the 2025
// reform), the cashless share by month against the national targets, the top products and shops,
// and the sales report as CSV or XLSX. Period and filters live in the address.
// Hooks for the browser test: #period-from, #period-to, #kpi-gmv, .kpi-card, #chart-series[data-ready],
// #export-csv, #export-xlsx, #export-result[data-file], body[data-state].

import { ApiError, describeError, get } from '/js/api.js';
import { loginRedirect, mountLayout, signedInUser } from '/js/layout.js';
import {
  h, fill, loading, errorBox, notice, params, setPageState, setTitle, formatNumber, formatVnd,
} from '/js/ui.js';
import {
  QUICK_PERIODS, DIMENSIONS, addDays, barsHeight, barsOption, chartFigure, checkPeriod, daysBetween, download, drawChart,
  formatPercent, grainFor, periodFromAddress, periodKeys, periodLabel, periodText, salesSeriesOption, salesTable,
  seriesRows, today,
} from '/js/sales.js';

const { me } = mountLayout({ active: 'reports' });
setTitle('Báo cáo bán hàng');

const PROVINCE_CODE = '33';
/** National e-commerce plan: share of cashless payments in online purchases. */
const CASHLESS_TARGETS = [[0.5, 'Mục tiêu 2025: 50%'], [0.8, 'Mục tiêu 2030: 80%']];
const FILTERS = ['communeCode', 'villageId', 'categoryId'];
const EXPORT_GROUPS = [
  ['month,commune', 'Tháng × xã, phường'], ['day', 'Ngày'], ['month', 'Tháng'], ['commune', 'Xã, phường'],
  ['village', 'Làng nghề'], ['category', 'Danh mục'], ['paymentMethod', 'Hình thức thanh toán'], ['shop', 'Cửa hàng'],
];

const root = document.getElementById('reports');
let choices = null;

/** The period and filters from the address, with the last 30 days as the default period. */
function state() {
  const p = params();
  const s = { ...periodFromAddress(p), formerUnits: p.get('formerUnits') === 'true' };
  for (const f of FILTERS) s[f] = p.get(f) || '';
  return s;
}

function query(s, extra = {}) {
  const q = new URLSearchParams({ from: s.from, to: s.to });
  for (const f of FILTERS) if (s[f]) q.set(f, s[f]);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q;
}

function go(s) {
  const q = query(s);
  if (s.formerUnits) q.set('formerUnits', 'true');
  history.pushState(null, '', `/reports.html?${q}`);
  load();
}

// ---- filters ----

/** "Xã Trà Giang" sorts under T. */
const sortName = (name) => String(name).replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/i, '');

function flattenCategories(nodes, depth = 0, out = []) {
  for (const n of nodes || []) {
    out.push({ id: n.id, name: `${'— '.repeat(depth)}${n.name}` });
    flattenCategories(n.children, depth + 1, out);
  }
  return out;
}

async function loadChoices() {
  const [communes, villages, categories] = await Promise.all([
    get(`/api/administrative-units?parent=${PROVINCE_CODE}`).catch(() => []),
    get('/api/craft-villages').catch(() => []),
    get('/api/categories').catch(() => []),
  ]);
  return {
    communes: [...communes].filter((u) => !u.validTo)
      .sort((a, b) => sortName(a.name).localeCompare(sortName(b.name), 'vi')).map((u) => ({ id: u.code, name: u.name })),
    villages: villages.filter((v) => v.id != null).map((v) => ({ id: v.id, name: v.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    categories: flattenCategories(categories),
  };
}

function filterForm(s) {
  const from = h('input', { type: 'date', id: 'period-from', name: 'from', value: s.from, max: today(), required: true });
  const to = h('input', { type: 'date', id: 'period-to', name: 'to', value: s.to, max: today(), required: true });
  const select = (id, name, label, all, options, value) => h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name },
      h('option', { value: '' }, all),
      options.map((o) => h('option', { value: String(o.id), selected: String(o.id) === value }, o.name))));
  const quick = h('div', { class: 'quick-periods', role: 'group', 'aria-label': 'Chọn nhanh kỳ báo cáo' },
    QUICK_PERIODS.map(([id, label, range]) => {
      const r = range();
      const current = r.from === s.from && r.to === s.to;
      return h('button', {
        type: 'button', class: `btn btn-small ${current ? '' : 'btn-secondary'}`.trim(), 'aria-pressed': String(current),
        dataset: { period: id },
        onclick: () => go({ ...readForm(), ...range() }),
      }, label);
    }));
  const form = h('form', { id: 'report-filters', class: 'panel report-filters', method: 'get', action: '/reports.html' },
    h('div', { class: 'field' }, h('label', { for: 'period-from' }, 'Từ ngày'), from),
    h('div', { class: 'field' }, h('label', { for: 'period-to' }, 'Đến ngày'), to),
    quick,
    select('filter-commune', 'communeCode', 'Xã, phường', 'Tất cả xã, phường', choices.communes, s.communeCode),
    select('filter-village', 'villageId', 'Làng nghề', 'Tất cả làng nghề', choices.villages, s.villageId),
    select('filter-category', 'categoryId', 'Danh mục', 'Tất cả danh mục', choices.categories, s.categoryId),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn', id: 'apply-filters' }, 'Xem báo cáo')));
  function readForm() {
    const data = new FormData(form);
    const r = { from: data.get('from'), to: data.get('to'), formerUnits: state().formerUnits };
    for (const f of FILTERS) r[f] = data.get(f) || '';
    return r;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (checkPeriod(from, to)) go(readForm());
  });
  // a date picked is a new period at once, as the quick choices are
  for (const input of [from, to]) input.addEventListener('change', () => form.requestSubmit());
  return form;
}

// ---- KPI cards ----

/** Change against the previous period: relative for amounts and counts, in points for shares. */
function change(now, before, { points = false, lowerIsBetter = false } = {}) {
  if (before === null || before === undefined) return null;
  let text;
  let diff;
  if (points) {
    diff = (now - before) * 100;
    text = `${diff > 0 ? '+' : ''}${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(diff)} điểm %`;
  } else if (before === 0) {
    diff = now;
    text = now ? 'mới có' : 'không đổi';
  } else {
    diff = (now - before) / before;
    text = `${diff > 0 ? '+' : ''}${formatPercent(diff)}`;
  }
  if (Math.abs(diff) < 1e-9) text = 'không đổi';
  const good = diff === 0 ? 'flat' : (diff > 0) !== lowerIsBetter ? 'up' : 'down';
  const arrow = diff > 0 ? '▲' : diff < 0 ? '▼' : '■';
  return h('p', { class: `kpi-change kpi-${good}` },
    h('span', { 'aria-hidden': 'true' }, `${arrow} `), text, h('span', { class: 'muted' }, ' so với kỳ trước'));
}

function kpiCards(o) {
  const p = o.previous || {};
  const card = (id, label, value, delta, note) => h('li', { class: 'kpi-card', id },
    h('p', { class: 'kpi-label' }, label),
    h('p', { class: 'kpi-value' }, value),
    delta, note ? h('p', { class: 'kpi-note muted' }, note) : null);
  const share = { points: true };
  return h('ul', { class: 'kpi-grid', 'aria-label': 'Chỉ số chính' },
    card('kpi-gmv', 'Doanh thu (GMV)', formatVnd(o.gmvVnd), change(o.gmvVnd, p.gmvVnd)),
    card('kpi-orders', 'Đơn hàng', formatNumber(o.orders), change(o.orders, p.orders)),
    card('kpi-items', 'Sản phẩm bán ra', formatNumber(o.items), change(o.items, p.items)),
    card('kpi-average', 'Giá trị đơn trung bình', formatVnd(o.averageOrderVnd), change(o.averageOrderVnd, p.averageOrderVnd)),
    card('kpi-refunds', 'Hoàn tiền', formatVnd(o.refundsVnd), change(o.refundsVnd, p.refundsVnd, { lowerIsBetter: true })),
    card('kpi-refund-rate', 'Tỷ lệ hoàn tiền', formatPercent(o.refundRate), change(o.refundRate, p.refundRate, { points: true, lowerIsBetter: true }), 'Hoàn tiền trên doanh thu'),
    card('kpi-active-shops', 'Cửa hàng có đơn', formatNumber(o.activeShops), change(o.activeShops, p.activeShops)),
    card('kpi-new-shops', 'Cửa hàng mới', formatNumber(o.newShops), change(o.newShops, p.newShops), 'Được duyệt trong kỳ'),
    card('kpi-cashless', 'Thanh toán không tiền mặt', formatPercent(o.cashlessShare), change(o.cashlessShare, p.cashlessShare, share), 'Tỷ trọng trong toàn bộ doanh thu'),
    card('kpi-cod', 'Thanh toán khi nhận hàng', formatPercent(o.codShare ?? 0), change(o.codShare ?? 0, p.codShare ?? 0, { points: true, lowerIsBetter: true }), 'Tiền mặt thu hộ, tính ngày được chuyển về'),
    card('kpi-ocop', 'Sản phẩm OCOP 3★ trở lên', formatPercent(o.ocopShareListed), change(o.ocopShareListed, p.ocopShareListed, share), 'Trong các sản phẩm đang bán'));
}

// ---- charts ----

async function seriesSection(s) {
  const grain = grainFor(s.from, s.to);
  const report = await get(`/api/reports/sales?${query(s, { groupBy: grain })}`);
  const rows = seriesRows(report, periodKeys(s.from, s.to, grain));
  const { figure, box } = chartFigure({
    id: 'chart-series',
    title: grain === 'month' ? 'Doanh thu theo tháng' : 'Doanh thu theo ngày',
    caption: `Doanh thu (cột) và số đơn (đường), ${periodText(s.from, s.to)}.`,
    table: salesTable({ ...report, rows }, { firstHeader: DIMENSIONS[grain] }),
  });
  return { figure, draw: () => drawChart(box, salesSeriesOption(rows)) };
}

async function communeSection(s) {
  const report = await get(`/api/reports/sales?${query(s, { groupBy: 'commune', formerUnits: String(s.formerUnits) })}`);
  const toggle = h('label', { class: 'toggle' },
    h('input', {
      type: 'checkbox', id: 'former-units', checked: s.formerUnits,
      onchange: (e) => go({ ...state(), formerUnits: e.target.checked }),
    }),
    ' Theo đơn vị hành chính cũ (trước 2025)');
  const { figure, box } = chartFigure({
    id: 'chart-communes',
    title: 'Doanh thu theo xã, phường',
    caption: s.formerUnits
      ? 'Theo xã, huyện trước ngày 1/7/2025; một xã cũ chia cho hai xã mới được tính theo địa chỉ của đơn.'
      : 'Theo xã, phường hiện hành (từ 1/7/2025).',
    table: salesTable(report, { firstHeader: 'Xã, phường' }),
    height: barsHeight(report.rows.length),
    extra: toggle,
  });
  return { figure, draw: () => drawChart(box, barsOption(report.rows)) };
}

async function cashlessSection(s) {
  // a trend needs months: the twelve ending with the period, whatever its length
  const from = `${addDays(`${s.to.slice(0, 7)}-01`, -334).slice(0, 7)}-01`;
  const range = { ...s, from };
  const report = await get(`/api/reports/sales?${query(range, { groupBy: 'month' })}`);
  const rows = seriesRows(report, periodKeys(from, s.to, 'month'));
  const { figure, box } = chartFigure({
    id: 'chart-cashless',
    title: 'Tỷ trọng thanh toán không tiền mặt',
    caption: `Theo tháng, ${periodText(from, s.to)}: không tiền mặt chia cho toàn bộ doanh thu (kể cả thanh toán khi nhận hàng), bên cạnh tỷ trọng thanh toán khi nhận hàng, so với mục tiêu quốc gia về thương mại điện tử: 50% năm 2025, 80% năm 2030.`,
    table: salesTable({ ...report, rows }, { firstHeader: 'Tháng' }),
  });
  const option = {
    tooltip: { trigger: 'axis', confine: true, renderMode: 'richText', valueFormatter: formatPercent },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: rows.map((r) => periodLabel(r.keys[0])) },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => formatPercent(v) } },
    series: [{
      name: 'Không tiền mặt', type: 'line', connectNulls: false, symbolSize: 6,
      data: rows.map((r) => (r.orders ? r.cashlessShare : null)),
      markLine: {
        silent: true, symbol: 'none',
        lineStyle: { type: 'dashed', color: '#7a4f00' },
        label: { position: 'insideStartTop', formatter: (d) => d.name },
        data: CASHLESS_TARGETS.map(([y, name]) => ({ yAxis: y, name })),
      },
    }, {
      name: 'Thanh toán khi nhận hàng', type: 'line', connectNulls: false, symbolSize: 6,
      lineStyle: { type: 'dotted' },
      data: rows.map((r) => (r.orders ? (r.codShare ?? 0) : null)),
    }],
  };
  return { figure, draw: () => drawChart(box, option) };
}

async function topSection(s, what) {
  const report = await get(`/api/reports/top?${query(s, { what, limit: '10' })}`);
  const title = what === 'products' ? 'Sản phẩm bán chạy' : 'Cửa hàng doanh thu cao';
  const rows = report.rows || [];
  return h('section', { class: 'panel', 'aria-labelledby': `top-${what}-title` },
    h('h2', { id: `top-${what}-title` }, title),
    rows.length
      ? h('ol', { class: 'top-list', id: `top-${what}` }, rows.map((r) => h('li', {},
        h('span', { class: 'top-name' }, r.label ?? r.name,
          r.shopName ? h('small', { class: 'muted' }, ` · ${r.shopName}`) : null),
        h('span', { class: 'top-figures' }, h('strong', {}, formatVnd(r.gmvVnd)),
          h('small', { class: 'muted' }, ` · ${formatNumber(r.items)} món`)))))
      : h('p', { class: 'muted' }, 'Chưa có doanh thu trong kỳ này.'));
}

// ---- artisans' income paid out ----

const PAYOUT_GROUPS = [['commune', 'Theo xã, phường'], ['village', 'Theo làng nghề']];

/** Money the banks confirmed paid to the shops, by month and commune or village (the twelve months ending with the period). */
async function payoutsSection(s, groupBy) {
  const to = s.to.slice(0, 7);
  const from = addDays(`${to}-01`, -334).slice(0, 7);
  const report = await get(`/api/reports/payouts?${new URLSearchParams({ from, to, groupBy })}`);
  const section = h('section', { class: 'panel', id: 'payouts-report', 'aria-labelledby': 'payouts-title' });
  const choose = h('select', {
    id: 'payouts-group', 'aria-label': 'Nhóm thu nhập đã chi trả',
    onchange: async (e) => section.replaceWith(await payoutsSection(s, e.target.value)),
  }, PAYOUT_GROUPS.map(([v, l]) => h('option', { value: v, selected: v === groupBy }, l)));
  const place = groupBy === 'village' ? 'Làng nghề' : 'Xã, phường';
  const rows = report.rows || [];
  fill(section,
    h('h2', { id: 'payouts-title' }, 'Thu nhập đã chi trả cho nghệ nhân'),
    h('p', { class: 'muted small' }, `Tiền ngân hàng đã xác nhận chuyển vào tài khoản của các xưởng, theo tháng, ${periodLabel(from)} – ${periodLabel(to)}.`),
    h('div', { class: 'btn-row' }, choose),
    rows.length
      ? h('div', { class: 'ledger-scroll' }, h('table', { class: 'report-table', id: 'payouts-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tháng'), h('th', { scope: 'col' }, place),
          h('th', { scope: 'col', class: 'num' }, 'Đã chi trả'), h('th', { scope: 'col', class: 'num' }, 'Số xưởng'))),
        h('tbody', {}, rows.map((r) => h('tr', {},
          h('td', {}, periodLabel(r.month)), h('td', {}, r.label || 'Chưa gắn làng nghề'),
          h('td', { class: 'num' }, formatVnd(r.amountVnd)), h('td', { class: 'num' }, formatNumber(r.shops))))),
        h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', colspan: '2' }, 'Tổng'),
          h('td', { class: 'num', id: 'payouts-total' }, formatVnd(report.totalVnd)),
          h('td', { class: 'num' }, formatNumber(report.shops))))))
      : h('p', { class: 'muted', id: 'payouts-empty' }, 'Chưa có khoản chi trả nào được ngân hàng xác nhận trong mười hai tháng này.'));
  return section;
}

// ---- files ----

/**
 * A button that downloads a report file with the session's token and says in {@code result}
 * what it got; {@code target()} gives [path, file name], or null when the form is not filled.
 */
function fileButton(id, label, result, target) {
  return h('button', {
    type: 'button', class: 'btn btn-secondary btn-small', id,
    onclick: async (e) => {
      const b = e.currentTarget;
      const file = target();
      if (!file) {
        result.textContent = 'Chọn tháng kê khai.';
        return;
      }
      b.disabled = true;
      result.textContent = 'Đang chuẩn bị tệp…';
      try {
        const got = await download(...file);
        result.dataset.file = got.name;
        result.textContent = `Đã tải ${got.name} (${formatNumber(Math.ceil(got.size / 1024))} KB).`;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
        delete result.dataset.file;
        result.textContent = `Chưa tải được tệp: ${describeError(err)}`;
      } finally {
        b.disabled = false;
      }
    },
  }, label);
}

// ---- export ----

function exportPanel(s) {
  const group = h('select', { id: 'export-group' }, EXPORT_GROUPS.map(([v, l]) => h('option', { value: v }, l)));
  const result = h('p', { id: 'export-result', class: 'muted small', role: 'status', 'aria-live': 'polite' });
  const button = (ext, label) => fileButton(`export-${ext}`, label, result, () => {
    const q = query(s, { groupBy: group.value });
    if (s.formerUnits) q.set('formerUnits', 'true');
    return [`/api/reports/sales.${ext}?${q}`, `doanh-so_${s.from}_${s.to}.${ext}`];
  });
  return h('section', { class: 'panel export-panel', 'aria-labelledby': 'export-title' },
    h('h2', { id: 'export-title' }, 'Tải báo cáo doanh số'),
    h('p', { class: 'muted small' }, 'Cùng kỳ và bộ lọc như trên. Tệp ghi rõ kỳ báo cáo và bộ lọc ở đầu trang.'),
    h('div', { class: 'btn-row' },
      h('label', { for: 'export-group' }, 'Nhóm theo'), group,
      button('csv', 'Tải CSV'), button('xlsx', 'Tải Excel (XLSX)')),
    result);
}

// ---- withholding declaration ----

/** The month's Decree 117 declaration per seller, for the tax office (last month by default). */
function declarationPanel() {
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const value = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;
  const month = h('input', { type: 'month', id: 'declaration-month', value, max: today().slice(0, 7), required: true });
  const result = h('p', { id: 'declaration-result', class: 'muted small', role: 'status', 'aria-live': 'polite' });
  const button = (ext, label) => fileButton(`declaration-${ext}`, label, result, () => (
    /^\d{4}-\d{2}$/.test(month.value)
      ? [`/api/reports/withholding.${ext}?month=${month.value}`, `khau-tru-thue_${month.value}.${ext}`]
      : null));
  return h('section', { class: 'panel export-panel', 'aria-labelledby': 'declaration-title' },
    h('h2', { id: 'declaration-title' }, 'Kê khai thuế khấu trừ theo Nghị định 117'),
    h('p', { class: 'muted small' }, 'Mỗi người bán một dòng: doanh thu, thuế GTGT và thuế TNCN sàn đã khấu trừ trong tháng, kèm mã số thuế hoặc số CCCD.'),
    h('div', { class: 'btn-row' },
      h('label', { for: 'declaration-month' }, 'Tháng'), month,
      button('csv', 'Tải CSV'), button('xlsx', 'Tải Excel (XLSX)')),
    result);
}

// ---- page ----

function filtersLine(s) {
  const name = (list, id) => list.find((o) => String(o.id) === id)?.name?.replace(/^(— )+/, '');
  const parts = [
    s.communeCode && name(choices.communes, s.communeCode),
    s.villageId && name(choices.villages, s.villageId),
    s.categoryId && name(choices.categories, s.categoryId),
  ].filter(Boolean);
  return `Kỳ ${periodText(s.from, s.to)} (${formatNumber(daysBetween(s.from, s.to))} ngày), so với ${formatNumber(daysBetween(s.from, s.to))} ngày liền trước`
    + (parts.length ? ` · ${parts.join(' · ')}` : '');
}

async function load() {
  const s = state();
  setPageState('loading');
  const head = h('div', { class: 'workspace-head' }, h('h1', {}, 'Báo cáo bán hàng'));
  if (!root.childElementCount) fill(root, head, loading('Đang tải báo cáo…'));
  try {
    choices ||= await loadChoices();
    const [overview, series, communes, cashless, topProducts, topShops, payouts] = await Promise.all([
      get(`/api/reports/overview?${query(s)}`),
      seriesSection(s), communeSection(s), cashlessSection(s), topSection(s, 'products'), topSection(s, 'shops'),
      payoutsSection(s, 'commune'),
    ]);
    fill(root, head, filterForm(s),
      h('p', { class: 'muted', id: 'report-scope' }, filtersLine(s)),
      kpiCards(overview),
      series.figure,
      h('div', { class: 'report-pair' }, communes.figure, cashless.figure),
      h('div', { class: 'report-pair' }, topProducts, topShops),
      payouts,
      exportPanel(s),
      declarationPanel());
    await Promise.all([series.draw(), communes.draw(), cashless.draw()]);
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    if (err instanceof ApiError && err.status === 400) {
      fill(root, head, filterForm(s),
        notice('error', 'Kỳ báo cáo hoặc bộ lọc chưa đúng', err.fieldErrors().map((e) => e.message).join(' ') || describeError(err)));
    } else {
      fill(root, head, errorBox(err, { retry: load }));
    }
    setPageState('error');
  }
}

async function start() {
  const user = await signedInUser(me);
  if (!user) return;
  if (!user.roles?.some((r) => r === 'OFFICER' || r === 'ADMIN')) {
    fill(root, h('h1', {}, 'Báo cáo bán hàng'), notice('info', 'Trang này dành cho cán bộ quản lý thương mại',
      'Tài khoản của bạn không có quyền xem báo cáo của tỉnh.'));
    setPageState('ready');
    return;
  }
  window.addEventListener('popstate', load);
  await load();
}

start();
