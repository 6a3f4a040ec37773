// The trade office vets the shops: those waiting for approval first, then approved and suspended
// ones. Approving puts a shop's products on sale; suspending (with a reason the artisan sees)
// takes them off the storefront and out of search at once.
// A shop is approved only once its owner's identity is verified (Law 122/2025/QH15): each card says
// where the identity stands ("Chưa định danh" for shops approved before the rule), shows it with its
// numbers on demand (each such read is logged) and records the verification, in person or from the
// document photo.
// Hooks for the browser test: #vetting-status, .vetted-shop[data-id][data-status][data-identity],
// .approve-shop, .suspend-shop, .show-identity, .identity-details, .verify-method, .verify-identity,
// body[data-state].

import { describeError, get } from '/js/api.js';
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

const IDENTITY = {
  NONE: { badge: 'badge-warn', label: 'Chưa định danh' },
  DECLARED: { badge: 'badge-warn', label: 'Đã khai danh tính, chờ xác minh' },
  VERIFIED: { badge: 'badge-ok', label: 'Người bán đã xác minh' },
};
const METHODS = { IN_PERSON: 'Trực tiếp (đối chiếu giấy tờ gốc)', DOCUMENT_PHOTO: 'Qua ảnh giấy tờ' };

/** The owner's identity with its numbers, fetched only when the officer asks (the read is logged). */
function identityDetails(shop) {
  const details = h('div', { class: 'identity-details' });
  const show = h('button', { type: 'button', class: 'btn btn-secondary btn-small show-identity' }, 'Xem danh tính');
  show.addEventListener('click', async () => {
    show.disabled = true;
    try {
      const i = await get(`/api/officer/shops/${shop.id}/identity`);
      details.replaceChildren(h('dl', { class: 'facts' },
        h('dt', {}, 'Chủ cửa hàng'), h('dd', {}, i.ownerName || '—'),
        h('dt', {}, 'Số CCCD'), h('dd', { class: 'identity-citizen-id' }, i.citizenId || '—'),
        h('dt', {}, 'Mã số thuế'), h('dd', {}, i.taxCode || '—'),
        h('dt', {}, 'Địa chỉ'), h('dd', {}, i.address || '—'),
        h('dt', {}, 'Đăng ký hộ kinh doanh'), h('dd', {}, i.householdRegistration || '—'),
        h('dt', {}, 'Ảnh giấy tờ'), h('dd', {}, i.evidenceUrl
          ? h('a', { href: i.evidenceUrl, target: '_blank', rel: 'noopener' }, 'Mở ảnh (riêng tư)') : 'Chưa gửi'),
        i.verifiedAt ? [h('dt', {}, 'Xác minh'), h('dd', {},
          `${METHODS[i.verification] || i.verification} lúc ${formatDateTime(i.verifiedAt)}${i.verificationNote ? ` · ${i.verificationNote}` : ''}`)] : null));
    } catch (err) {
      details.replaceChildren(notice('error', 'Chưa xem được', describeError(err)));
      show.disabled = false;
    }
  });
  return [show, details];
}

function verifyControls(shop, result, reload) {
  if (shop.identityStatus !== 'DECLARED') return [];
  const method = h('select', { class: 'verify-method', 'aria-label': `Cách xác minh danh tính ${shop.name}` },
    Object.entries(METHODS).map(([value, label]) => h('option', { value }, label)));
  const note = h('input', { type: 'text', maxlength: 500, placeholder: 'Ghi chú xác minh (không bắt buộc)', 'aria-label': `Ghi chú xác minh ${shop.name}` });
  const verify = h('button', { type: 'button', class: 'btn btn-small verify-identity' }, 'Xác minh danh tính');
  verify.addEventListener('click', () => act(verify, result, `/api/officer/shops/${shop.id}/identity/verify`,
    { method: method.value, note: note.value.trim() || null }, `Đã xác minh danh tính chủ ${shop.name}.`, reload));
  return [method, note, verify];
}

function shopCard(shop, reload) {
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const identity = IDENTITY[shop.identityStatus] || IDENTITY.NONE;
  const [showIdentity, identityShown] = identityDetails(shop);
  const actions = [...verifyControls(shop, result, reload)];
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
  return h('li', { class: 'card vetted-shop', dataset: { id: shop.id, status: shop.status, identity: shop.identityStatus } },
    h('h2', {}, shop.name),
    h('p', {}, h('span', { class: `badge ${identity.badge} identity-status` }, identity.label)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Làng nghề'), h('dd', {}, shop.village?.name || '—'),
      h('dt', {}, 'Đăng ký lúc'), h('dd', {}, formatDateTime(shop.createdAt)),
      shop.approvedAt ? [h('dt', {}, 'Duyệt lúc'), h('dd', {}, formatDateTime(shop.approvedAt))] : null,
      shop.statusReason ? [h('dt', {}, 'Lý do'), h('dd', {}, shop.statusReason)] : null),
    shop.description ? richText(h('div', { class: 'rich-text muted small shop-description' }), shop.description) : null,
    h('div', { class: 'btn-row' }, showIdentity), identityShown,
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
