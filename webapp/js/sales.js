// What the officers' dashboard (reports.js) and the workshop's sales page (shop-sales.js) share:
// report periods as ISO dates in Vietnam's time, time series with the empty days filled in,
// ECharts charts (the WebJar, loaded on demand so figures still show if it fails), tables of rows
// and file downloads that carry the bearer token.

import { ApiError, getAuth } from '/js/api.js';
import { h, TIME_ZONE, formatNumber, formatVnd } from '/js/ui.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
let echartsModule = null;

// ---- periods ----

const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Vietnam as 2026-03-15. */
export function today() {
  return isoDay.format(new Date());
}

const asDate = (iso) => new Date(`${iso}T00:00:00Z`);
const asIso = (date) => date.toISOString().slice(0, 10);

export function addDays(iso, days) {
  const d = asDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return asIso(d);
}

/** Days from `from` to `to`, both counted. */
export function daysBetween(from, to) {
  return Math.round((asDate(to) - asDate(from)) / 86_400_000) + 1;
}

export const isIsoDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s || '') && !Number.isNaN(asDate(s).getTime());

/** The period in the address (?from=&to=), the last 30 days when it has none or a wrong one. */
export function periodFromAddress(p) {
  let to = p.get('to');
  let from = p.get('from');
  if (!isIsoDate(to)) to = today();
  if (!isIsoDate(from) || from > to) from = addDays(to, -29);
  return { from, to };
}

/** True when the two date inputs make a period; otherwise says so on the end date. */
export function checkPeriod(fromInput, toInput) {
  const ok = isIsoDate(fromInput.value) && isIsoDate(toInput.value) && fromInput.value <= toInput.value;
  toInput.setCustomValidity(ok ? '' : 'Ngày kết thúc phải sau ngày bắt đầu.');
  if (!ok) toInput.reportValidity();
  toInput.addEventListener('input', () => toInput.setCustomValidity(''), { once: true });
  return ok;
}

/** The quick choices next to the date inputs: [id, label, () => ({from, to})]. */
export const QUICK_PERIODS = [
  ['30d', '30 ngày', () => ({ from: addDays(today(), -29), to: today() })],
  ['month', 'Tháng này', () => ({ from: `${today().slice(0, 7)}-01`, to: today() })],
  ['year', 'Năm nay', () => ({ from: `${today().slice(0, 4)}-01-01`, to: today() })],
];

/** Up to about three months a day is a point; past that a month is. */
export function grainFor(from, to) {
  return daysBetween(from, to) > 92 ? 'month' : 'day';
}

/** Every key of the grain from `from` to `to`: 2026-03-01 … or 2026-01, 2026-02 … */
export function periodKeys(from, to, grain) {
  const keys = [];
  if (grain === 'month') {
    let [y, m] = from.slice(0, 7).split('-').map(Number);
    const end = to.slice(0, 7);
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      keys.push(key);
      if (key >= end || keys.length > 600) break;
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  } else {
    for (let d = from; d <= to && keys.length <= 3700; d = addDays(d, 1)) keys.push(d);
  }
  return keys;
}

/** "15/3" for a day, "3/2026" for a month. */
export function periodLabel(key) {
  const [y, m, d] = key.split('-');
  return d ? `${Number(d)}/${Number(m)}` : `${Number(m)}/${y}`;
}

/** "1/3/2026 – 31/3/2026" */
export function periodText(from, to) {
  return `${periodLongLabel(from)} – ${periodLongLabel(to)}`;
}

/** "5/11/2026" for a day, "11/2026" for a month: one style for the rows with sales and those without. */
function periodLongLabel(key) {
  return key.split('-').reverse().map((p, i, all) => (i < all.length - 1 ? Number(p) : p)).join('/');
}

/** A sales report's rows by their first key, on every key of the period (no sales → zeros). */
export function seriesRows(report, keys) {
  const byKey = new Map(report.rows.map((r) => [r.keys?.[0] ?? r.key, r]));
  return keys.map((key) => ({
    orders: 0, items: 0, gmvVnd: 0, refundsVnd: 0, cashlessShare: null, codShare: null, ...byKey.get(key), keys: [key], labels: [periodLongLabel(key)],
  }));
}

// ---- numbers ----

const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** 0.4523 → "45,2%". */
export function formatPercent(share) {
  return share === null || share === undefined || Number.isNaN(Number(share)) ? '—' : percentFormat.format(Number(share));
}

/** 18750000 → "18,8 tr ₫" for chart axes, where full amounts do not fit. */
export function shortVnd(amount) {
  const n = Number(amount) || 0;
  const abs = Math.abs(n);
  const fmt = (v, unit) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v)} ${unit}`;
  if (abs >= 1e9) return fmt(n / 1e9, 'tỷ');
  if (abs >= 1e6) return fmt(n / 1e6, 'tr');
  if (abs >= 1e3) return fmt(n / 1e3, 'ng');
  return formatNumber(n);
}

// ---- charts ----

/** The ECharts module, or null when it cannot be loaded (the page then shows the tables only). */
export async function loadCharts() {
  if (!echartsModule) echartsModule = import(ECHARTS).catch((e) => { console.error(e); echartsModule = null; return null; });
  return echartsModule;
}

const COLORS = ['#9a2a1c', '#27476a', '#7a4f00', '#2b6636', '#7a3b69'];

/**
 * Draws `option` in `box` (replacing what was there) and marks it data-ready once drawn; redraws
 * on resize. Resolves to false when the charts cannot be loaded.
 */
export async function drawChart(box, option) {
  const echarts = await loadCharts();
  if (!echarts) {
    box.dataset.ready = 'false';
    box.hidden = true;
    return false;
  }
  echarts.getInstanceByDom(box)?.dispose();
  const chart = echarts.init(box, null, { renderer: 'canvas', locale: 'EN' });
  chart.setOption({
    color: COLORS,
    textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    // drawn on the canvas: the HTML tooltip's inline styles are refused by the Content-Security-Policy
    tooltip: { trigger: 'axis', confine: true, renderMode: 'richText' },
    ...option,
  });
  if (!box.dataset.resizes) {
    box.dataset.resizes = 'true';
    new ResizeObserver(() => echarts.getInstanceByDom(box)?.resize()).observe(box);
  }
  box.dataset.ready = 'true';
  return true;
}

/** A chart's frame: title, the drawing area (role img, described by the caption) and a table for screen readers and anyone who prefers numbers. */
export function chartFigure({ id, title, caption, table, height = 320, extra = null }) {
  const box = h('div', { id, class: 'chart', role: 'img', 'aria-label': `${title}. ${caption || ''}`.trim(), dataset: { ready: 'false' } });
  // through the CSSOM: a style attribute is refused by the Content-Security-Policy (style-src 'self')
  box.style.height = `${height}px`;
  const figure = h('figure', { class: 'panel chart-panel' },
    h('div', { class: 'chart-head' }, h('h2', {}, title), extra),
    box,
    caption ? h('figcaption', { class: 'muted small' }, caption) : null,
    table ? h('details', { class: 'chart-table' }, h('summary', {}, 'Xem dạng bảng'), table) : null);
  return { figure, box };
}

/** GMV (bars) and orders (line) over time. */
export function salesSeriesOption(rows) {
  return {
    legend: { top: 0 },
    xAxis: { type: 'category', data: rows.map((r) => periodLabel(r.keys?.[0] ?? r.key)) },
    yAxis: [
      { type: 'value', axisLabel: { formatter: shortVnd } },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    tooltip: {
      trigger: 'axis',
      confine: true,
      renderMode: 'richText',
      valueFormatter: (v) => (typeof v === 'number' && v >= 1000 ? formatVnd(v) : formatNumber(v)),
    },
    series: [
      { name: 'Doanh thu (GMV)', type: 'bar', data: rows.map((r) => r.gmvVnd), barMaxWidth: 28 },
      { name: 'Số đơn', type: 'line', yAxisIndex: 1, data: rows.map((r) => r.orders), smooth: true, symbolSize: 5 },
    ],
  };
}

/** GMV of each group as horizontal bars, the largest on top. */
export function barsOption(rows, name = 'Doanh thu (GMV)') {
  const shown = [...rows].sort((a, b) => a.gmvVnd - b.gmvVnd);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, renderMode: 'richText', valueFormatter: formatVnd },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: shortVnd } },
    yAxis: { type: 'category', data: shown.map((r) => r.labels?.[0] ?? r.label), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ name, type: 'bar', data: shown.map((r) => r.gmvVnd), barMaxWidth: 22 }],
  };
}

/** A bar chart's height for that many groups. */
export const barsHeight = (count) => Math.max(180, count * 30 + 40);

// ---- tables ----

/** A table of sales rows: the groups' labels, then orders, items, GMV, refunds, cashless and COD shares. */
export function salesTable(report, { firstHeader, id } = {}) {
  const th = (text) => h('th', { scope: 'col' }, text);
  const num = (text) => h('td', { class: 'num' }, text);
  const headers = (report.groupBy || []).map((g, i) => (i === 0 && firstHeader) || DIMENSIONS[g] || g);
  const t = report.totals || {};
  return h('div', { class: 'ledger-scroll', tabindex: '0', role: 'region', 'aria-label': 'Bảng số liệu' },
    h('table', { class: 'report-table', id },
      h('thead', {}, h('tr', {}, headers.map(th), th('Số đơn'), th('Số món'), th('Doanh thu'), th('Hoàn tiền'), th('Không tiền mặt'), th('Khi nhận hàng'))),
      h('tbody', {}, report.rows.map((r) => h('tr', { dataset: { key: r.key ?? (r.keys || []).join('|') } },
        (r.labels || [r.label]).map((l) => h('td', {}, l)),
        num(formatNumber(r.orders)), num(formatNumber(r.items)), num(formatVnd(r.gmvVnd)), num(formatVnd(r.refundsVnd)),
        num(formatPercent(r.cashlessShare)), num(formatPercent(r.codShare))))),
      h('tfoot', {}, h('tr', {},
        h('th', { scope: 'row', colspan: String(Math.max(1, headers.length)) }, 'Cộng'),
        num(formatNumber(t.orders ?? 0)), num(formatNumber(t.items ?? 0)), num(formatVnd(t.gmvVnd ?? 0)), num(formatVnd(t.refundsVnd ?? 0)),
        num(formatPercent(t.cashlessShare)), num(formatPercent(t.codShare))))));
}

/** The report dimensions in Vietnamese. */
export const DIMENSIONS = {
  day: 'Ngày',
  week: 'Tuần',
  month: 'Tháng',
  commune: 'Xã, phường',
  village: 'Làng nghề',
  category: 'Danh mục',
  paymentMethod: 'Hình thức thanh toán',
  shop: 'Cửa hàng',
};

// ---- downloads ----

/**
 * GETs a file with the bearer token (a plain link cannot send it) and saves it. Resolves to
 * {name, size}; rejects with ApiError as the JSON calls do.
 */
export async function download(path, fallbackName) {
  const auth = getAuth();
  let response;
  try {
    response = await fetch(path, { headers: auth ? { Authorization: `Bearer ${auth.token}` } : {}, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, title: 'network' });
  }
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch { /* not problem+json */ }
    throw new ApiError({ status: response.status, title: problem.title, detail: problem.detail, errors: problem.errors, problem });
  }
  const blob = await response.blob();
  const name = fileName(response.headers.get('Content-Disposition')) || fallbackName;
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { name, size: blob.size };
}

/** The file name a Content-Disposition header gives (filename* first), or null. */
function fileName(disposition) {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try { return decodeURIComponent(star[1].trim()); } catch { /* fall through */ }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}
