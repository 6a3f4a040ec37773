// Officers: reviews readers reported (most reported first) and those already hidden. Hiding takes
// a review off the product page and out of the ratings, with a reason.
// Hooks: #review-status, .reported-review[data-id], .hide-review, .hide-reason, .confirm-hide.

import { get } from '/js/api.js';
import { mountLayout, signedInUser } from '/js/layout.js';
import { reviewItem } from '/js/pages/product-reviews.js';
import { h, fill, loading, errorBox, emptyState, formatDateTime, pager, hrefWithPage, pageParam, params, setPageState, setTitle } from '/js/ui.js';

const { me } = mountLayout({ active: 'review-reports' });
setTitle('Đánh giá bị báo cáo');
const root = document.getElementById('review-reports');
const STATUSES = { reported: 'Bị báo cáo', hidden: 'Đã ẩn' };

function currentStatus() {
  const s = params().get('status');
  return STATUSES[s] ? s : 'reported';
}

function entry(item, user) {
  const box = h('div', { class: 'panel reported-review', dataset: { id: String(item.review.id) } },
    h('p', { class: 'small muted' }, `Sản phẩm: ${item.review.productTitle} · ${item.reportCount} lượt báo cáo`),
    h('ul', { class: 'review-list' }, reviewItem(item.review, item.hiddenAt ? {} : { user, onHidden: () => main() })),
    item.reports.length
      ? h('ul', { class: 'small' }, item.reports.map((r) => h('li', {}, `${formatDateTime(r.at)}: ${r.reason || '(không ghi lý do)'}`)))
      : null,
    item.hiddenAt ? h('p', { class: 'notice notice-info' }, `Đã ẩn lúc ${formatDateTime(item.hiddenAt)}: ${item.hiddenReason}`) : null);
  return box;
}

async function main() {
  const user = await signedInUser(me);
  if (!user) return;
  const status = currentStatus();
  const tabs = h('nav', { id: 'review-status', class: 'status-filter', 'aria-label': 'Loại đánh giá' },
    Object.entries(STATUSES).map(([value, label]) => h('a', {
      href: `/review-reports.html?status=${value}`, 'aria-current': value === status ? 'page' : null,
    }, label)));
  fill(root, tabs, loading('Đang tải…'));
  try {
    const page = await get(`/api/officer/reviews?status=${status}&page=${pageParam()}&size=24`);
    fill(root, tabs, page.items.length
      ? [page.items.map((i) => entry(i, user)), pager(page, hrefWithPage)]
      : emptyState('Không có đánh giá nào', status === 'reported' ? 'Chưa có đánh giá nào bị báo cáo.' : 'Chưa ẩn đánh giá nào.'));
    setPageState('ready');
  } catch (err) {
    fill(root, tabs, errorBox(err, { page: true, retry: main }));
    setPageState('error');
  }
}

main();
