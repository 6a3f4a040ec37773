// The trade office vets the shops: those waiting for approval first, then approved and suspended
// ones. Approving puts a shop's products on sale; suspending (with a reason the artisan sees)
// takes them off the storefront and out of search at once.
// Hooks for the browser test: #vetting-status, .vetted-shop[data-id][data-status], .approve-shop,
// .suspend-shop, body[data-state].

import { get } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { act, officerOnly } from '/js/officer.js';
import {
  h, fill, loading, errorBox, emptyState, formatDateTime, notice, params, setPageState, setRichText, setTitle,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'vetting' });
setTitle('Duyệt cửa hàng');

const root = document.getElementById('shop-vetting');
const STATUSES = { PENDING: 'Chờ duyệt', APPROVED: 'Đang bán', SUSPENDED: 'Tạm ngừng' };

function currentStatus() {
  const s = params().get('status');
  return STATUSES[s] ? s : 'PENDING';
}

function statusTabs(active) {
  return h('nav', { id: 'vetting-status', class: 'status-filter', 'aria-label': 'Trạng thái cửa hàng' },
    Object.entries(STATUSES).map(([value, label]) => h('a', {
      href: `/shop-vetting.html?status=${value}`, 'aria-current': value === active ? 'page' : null,
    }, label)));
}

/** The description as the server stored it: rich text it has already sanitised (platform RichText). */
function richText(el, sanitisedHtml) {
  setRichText(el, sanitisedHtml);
  return el;
}

function shopCard(shop, reload) {
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const actions = [];
  if (shop.status !== 'APPROVED') {
    const approve = h('button', { type: 'button', class: 'btn btn-small approve-shop' }, 'Duyệt cho bán');
    approve.addEventListener('click', () => act(approve, result, `/api/officer/shops/${shop.id}/approve`, null,
      `Đã duyệt ${shop.name}.`, reload));
    actions.push(approve);
  }
  if (shop.status !== 'SUSPENDED') {
    const reason = h('input', { type: 'text', name: 'reason', maxlength: 500, placeholder: 'Lý do tạm ngừng (người bán sẽ thấy)', 'aria-label': `Lý do tạm ngừng ${shop.name}` });
    const suspend = h('button', { type: 'button', class: 'btn btn-secondary btn-small suspend-shop' }, 'Tạm ngừng');
    suspend.addEventListener('click', () => {
      if (!reason.value.trim()) {
        result.replaceChildren(notice('error', null, 'Hãy ghi lý do tạm ngừng.'));
        reason.focus();
        return;
      }
      act(suspend, result, `/api/officer/shops/${shop.id}/suspend`, { reason: reason.value.trim() },
        `Đã tạm ngừng ${shop.name}.`, reload);
    });
    actions.push(reason, suspend);
  }
  return h('li', { class: 'card vetted-shop', dataset: { id: shop.id, status: shop.status } },
    h('h2', {}, shop.name),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Làng nghề'), h('dd', {}, shop.village?.name || '—'),
      h('dt', {}, 'Đăng ký lúc'), h('dd', {}, formatDateTime(shop.createdAt)),
      shop.approvedAt ? [h('dt', {}, 'Duyệt lúc'), h('dd', {}, formatDateTime(shop.approvedAt))] : null,
      shop.statusReason ? [h('dt', {}, 'Lý do'), h('dd', {}, shop.statusReason)] : null),
    shop.description ? richText(h('div', { class: 'rich-text muted small shop-description' }), shop.description) : null,
    h('div', { class: 'btn-row' }, actions),
    result);
}

async function load() {
  if (!(await officerOnly(me, root))) return;
  const status = currentStatus();
  fill(root, statusTabs(status), loading());
  try {
    const shops = await get(`/api/officer/shops?status=${status}`);
    fill(root, statusTabs(status), shops.length
      ? h('ul', { class: 'vetting-list', id: 'vetted-shops' }, shops.map((s) => shopCard(s, load)))
      : emptyState(status === 'PENDING' ? 'Không có cửa hàng nào chờ duyệt' : 'Không có cửa hàng nào', 'Danh sách sẽ hiện ở đây.'));
    setPageState('ready');
  } catch (err) {
    fill(root, statusTabs(status), errorBox(err, { retry: load }));
    setPageState('error');
  }
}

load();
