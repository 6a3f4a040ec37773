// The officers' queue of listing reports, timed against the law's 24 hours (Law 122/2025/QH15):
// open reports first, oldest first, each with its age and "Quá hạn" past the deadline; the median
// time to decide over 90 days. An officer hides the one listing a report is about (with a reason
// its artisan reads) or finds nothing wrong; hidden listings below show the artisan's answer and
// can be put back.
// Hooks for the browser test: #queue-summary, .listing-report-item[data-id][data-status],
// .hide-reason, .hide-listing, .dismiss-report, .takedown-item[data-product-id], .takedown-appeal,
// .unhide-listing, body[data-state].

import { get } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { act, officerOnly } from '/js/officer.js';
import {
  h, fill, loading, errorBox, emptyState, formatDateTime, formatNumber, notice, params, setPageState, setTitle,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'listing-reports' });
setTitle('Phản ánh vi phạm');

const root = document.getElementById('listing-reports');
const TABS = { ALL: 'Tất cả', OPEN: 'Đang chờ xử lý', DECIDED: 'Đã xử lý' };
const REASONS = {
  COUNTERFEIT: 'Hàng giả, hàng nhái',
  PROHIBITED: 'Hàng cấm kinh doanh',
  IP_INFRINGEMENT: 'Xâm phạm sở hữu trí tuệ',
  MISLEADING: 'Thông tin sai lệch',
  OTHER: 'Lý do khác',
};
const STATUS = { OPEN: 'Đang chờ', ACTIONED: 'Đã ẩn sản phẩm', DISMISSED: 'Không vi phạm' };

function currentTab() {
  const s = params().get('status');
  return TABS[s] ? s : 'ALL';
}

function tabs(active) {
  return h('nav', { class: 'status-filter', 'aria-label': 'Lọc phản ánh' },
    Object.entries(TABS).map(([value, label]) => h('a', {
      href: `/listing-reports.html?status=${value}`, 'aria-current': value === active ? 'page' : null,
    }, label)));
}

/** "3 giờ 12 phút" */
function duration(minutes) {
  const m = Math.max(0, Math.round(Number(minutes) || 0));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  return [days ? `${days} ngày` : null, hours ? `${hours} giờ` : null, !days && rest ? `${rest} phút` : null]
    .filter(Boolean).join(' ') || 'dưới 1 phút';
}

function summary(s) {
  const box = (label, value, id) => h('div', { id }, h('strong', {}, value), label);
  return h('section', { id: 'queue-summary', class: 'queue-summary', 'aria-label': 'Tình hình xử lý' },
    box('đang chờ', formatNumber(s.open), 'summary-open'),
    box(`quá ${s.decisionWithinHours} giờ`, formatNumber(s.overdue), 'summary-overdue'),
    box(`thời gian xử lý trung vị (${s.periodDays} ngày)`, s.medianMinutesToDecision == null ? '—' : duration(s.medianMinutesToDecision), 'summary-median'),
    box(`xử lý trễ hạn / ${formatNumber(s.decided)} đã xử lý`, formatNumber(s.decidedLate), 'summary-late'));
}

function reportItem(r, hours, reload) {
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const listing = r.listing;
  const title = listing
    ? (listing.hidden ? h('span', {}, listing.title) : h('a', { href: `/san-pham/${encodeURIComponent(listing.slug)}` }, listing.title))
    : `Sản phẩm #${r.id}`;
  const age = r.status === 'OPEN'
    ? `Đã chờ ${duration(r.ageMinutes)} (hạn ${hours} giờ, đến ${formatDateTime(r.dueAt)})`
    : `Xử lý sau ${duration(r.ageMinutes)}, lúc ${formatDateTime(r.decidedAt)}`;
  const actions = [];
  if (r.status === 'OPEN' && listing && !listing.hidden) {
    const reason = h('textarea', { class: 'hide-reason', rows: 2, maxlength: 1000, 'aria-label': `Lý do ẩn ${listing.title} (người bán sẽ thấy)`, placeholder: 'Lý do ẩn sản phẩm (người bán sẽ thấy)' });
    const hide = h('button', { type: 'button', class: 'btn btn-small hide-listing' }, 'Ẩn sản phẩm');
    hide.addEventListener('click', () => {
      if (!reason.value.trim()) {
        result.replaceChildren(notice('error', null, 'Hãy ghi lý do ẩn sản phẩm.'));
        reason.focus();
        return;
      }
      act(hide, result, `/api/officer/products/${listing.id}/hide`, { reason: reason.value.trim(), reportIds: [r.id] },
        `Đã ẩn ${listing.title}.`, reload);
    });
    actions.push(reason, h('div', { class: 'btn-row' }, hide));
  }
  if (r.status === 'OPEN') {
    const dismiss = h('button', { type: 'button', class: 'btn btn-secondary btn-small dismiss-report' }, 'Không vi phạm');
    dismiss.addEventListener('click', () => act(dismiss, result, `/api/officer/listing-reports/${r.id}/dismiss`, {},
      'Đã đóng phản ánh.', reload));
    actions.push(h('div', { class: 'btn-row' }, dismiss));
  }
  return h('li', { class: 'card listing-report-item', dataset: { id: r.id, status: r.status } },
    h('h2', {}, title),
    h('p', {}, h('span', { class: 'badge' }, REASONS[r.reason] || r.reason), ' ',
      h('span', { class: 'badge badge-info' }, STATUS[r.status] || r.status), ' ',
      r.overdue ? h('span', { class: 'badge overdue' }, 'Quá hạn') : null),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Cửa hàng'), h('dd', {}, listing?.shopName || '—'),
      h('dt', {}, 'Nhận lúc'), h('dd', {}, formatDateTime(r.reportedAt)),
      h('dt', {}, 'Thời gian'), h('dd', { class: r.overdue ? 'report-age overdue' : 'report-age' }, age),
      h('dt', {}, 'Người báo'), h('dd', {}, r.reporterSignedIn ? 'Tài khoản đã đăng nhập' : 'Khách chưa đăng nhập'),
      r.text ? [h('dt', {}, 'Nội dung'), h('dd', { class: 'takedown-note' }, r.text)] : null,
      r.decisionNote ? [h('dt', {}, 'Kết luận'), h('dd', { class: 'takedown-note' }, r.decisionNote)] : null,
      r.takedown?.appealText ? [h('dt', {}, 'Giải trình của người bán'), h('dd', { class: 'takedown-note' }, r.takedown.appealText)] : null),
    actions,
    result);
}

function takedownItem(t, reload) {
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const unhide = h('button', { type: 'button', class: 'btn btn-small unhide-listing' }, 'Cho hiển thị lại');
  unhide.addEventListener('click', () => act(unhide, result, `/api/officer/products/${t.productId}/unhide`, {},
    `Đã cho hiển thị lại ${t.listing?.title || ''}.`, reload));
  return h('li', { class: 'card takedown-item', dataset: { productId: t.productId } },
    h('h3', {}, t.listing?.title || `Sản phẩm #${t.productId}`),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Cửa hàng'), h('dd', {}, t.listing?.shopName || '—'),
      h('dt', {}, 'Ẩn lúc'), h('dd', {}, formatDateTime(t.hiddenAt)),
      h('dt', {}, 'Lý do'), h('dd', { class: 'takedown-note' }, t.reason),
      h('dt', {}, 'Giải trình'), h('dd', { class: 'takedown-note takedown-appeal' },
        t.appealText ? [t.appealText, h('br'), h('small', { class: 'muted' }, formatDateTime(t.appealedAt))] : 'Người bán chưa giải trình')),
    h('div', { class: 'btn-row' }, unhide),
    result);
}

async function load() {
  if (!(await officerOnly(me, root))) return;
  const tab = currentTab();
  fill(root, tabs(tab), loading());
  try {
    const [queue, hidden] = await Promise.all([
      get(`/api/officer/listing-reports?status=${tab}&size=100`),
      get('/api/officer/listing-takedowns'),
    ]);
    const hours = queue.summary.decisionWithinHours;
    fill(root, summary(queue.summary), tabs(tab),
      queue.items.length
        ? h('ul', { class: 'queue-list', id: 'report-queue' }, queue.items.map((r) => reportItem(r, hours, load)))
        : emptyState('Không có phản ánh nào', 'Phản ánh mới sẽ hiện ở đây.'),
      h('section', { class: 'section', 'aria-labelledby': 'hidden-title' },
        h('h2', { id: 'hidden-title' }, 'Sản phẩm đang bị ẩn'),
        hidden.items.length
          ? h('ul', { class: 'queue-list', id: 'takedowns' }, hidden.items.map((t) => takedownItem(t, load)))
          : h('p', { class: 'muted' }, 'Không có sản phẩm nào đang bị ẩn.')));
    setPageState('ready');
  } catch (err) {
    fill(root, tabs(tab), errorBox(err, { retry: load }));
    setPageState('error');
  }
}

load();
