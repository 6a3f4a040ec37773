// A GHN parcel's label to print and stick on the box (GET /api/my/orders/{id}/label): the carrier's
// order code large and as a Code 128 barcode, sender, recipient, the cash to collect, weight and
// contents. Sized for A6 (fits A5 too); the page's frame and buttons do not print.
// Hooks for the browser test: #shipping-label[data-code], #label-barcode, #print-label, body[data-state].

import { ApiError, get } from '/js/api.js';
import { loginRedirect, mountLayout, signedInUser } from '/js/layout.js';
import { h, fill, loading, errorBox, params, setPageState, setTitle, formatVnd, formatNumber, formatDateTime } from '/js/ui.js';

const { me } = mountLayout({ active: 'shop-orders' });
setTitle('Phiếu gửi hàng');
const root = document.getElementById('label-page');
const SVG = 'http://www.w3.org/2000/svg';

/** The barcode as SVG bars, one unit per module, stretched to the label's width. */
function barcode(modules) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('id', 'label-barcode');
  svg.setAttribute('viewBox', `0 0 ${modules.length} 40`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Mã vạch của mã vận đơn');
  let start = -1;
  for (let i = 0; i <= modules.length; i += 1) {
    const bar = modules[i] === '1';
    if (bar && start < 0) start = i;
    if (!bar && start >= 0) {
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(start));
      rect.setAttribute('y', '0');
      rect.setAttribute('width', String(i - start));
      rect.setAttribute('height', '40');
      svg.append(rect);
      start = -1;
    }
  }
  return svg;
}

function party(title, name, lines) {
  return h('section', { class: 'label-party' }, h('h2', {}, title), h('p', {}, h('strong', {}, name || ''), ...lines.filter(Boolean).flatMap((l) => [h('br'), l])));
}

function label(l) {
  const s = l.sender || {};
  const r = l.recipient || {};
  return h('article', { id: 'shipping-label', class: 'shipping-label', dataset: { code: l.orderCode } },
    h('header', { class: 'label-head' },
      h('span', { class: 'label-carrier' }, l.carrier === 'GHN' ? 'Giao Hàng Nhanh' : l.carrier),
      h('span', { class: 'label-order' }, `Đơn ${l.orderNumber}`)),
    h('p', { class: 'label-code' }, l.orderCode),
    barcode(l.barcode || ''),
    party('Người gửi', s.name, [s.village, [s.communeName, s.provinceName].filter(Boolean).join(', ')]),
    party('Người nhận', r.name, [r.phone, r.line1, [r.communeName, r.provinceName].filter(Boolean).join(', ')]),
    h('dl', { class: 'label-facts' },
      h('div', { class: 'label-cod' }, h('dt', {}, 'Thu hộ (COD)'), h('dd', {}, formatVnd(l.codVnd || 0))),
      h('div', {}, h('dt', {}, 'Khối lượng'), h('dd', {}, `${formatNumber(l.weightGrams)} g`)),
      l.shippedAt ? h('div', {}, h('dt', {}, 'Ngày tạo'), h('dd', {}, formatDateTime(l.shippedAt))) : null),
    h('p', { class: 'label-content' }, h('strong', {}, 'Nội dung: '), l.content || ''),
    h('p', { class: 'label-note' }, 'Cho xem hàng, không cho thử.'));
}

async function start() {
  const user = await signedInUser(me);
  if (!user) return;
  const id = params().get('shopOrder');
  fill(root, loading('Đang tải phiếu gửi hàng…'));
  try {
    const l = await get(`/api/my/orders/${encodeURIComponent(id || '')}/label`);
    const print = h('button', { type: 'button', id: 'print-label', class: 'btn' }, 'In phiếu');
    print.addEventListener('click', () => window.print());
    fill(root,
      h('div', { class: 'label-tools btn-row' }, print,
        h('a', { class: 'btn btn-secondary', href: '/shop-orders.html' }, 'Về đơn của xưởng')),
      label(l));
    setTitle(`Phiếu gửi hàng ${l.orderCode}`);
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    fill(root, errorBox(err, { page: true, notFound: 'Phần đơn này chưa được gửi qua GHN nên chưa có phiếu.' }));
    setPageState('error');
  }
}

start();
