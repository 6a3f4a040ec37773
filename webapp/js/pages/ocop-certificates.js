// The trade office checks the OCOP certificates artisans submit: the paper's photo, stars, number,
// issuing body and dates. Only a verified certificate gives a product its OCOP badge (and counts in
// search and the reports); a rejection carries a reason the artisan sees. A verified one can be
// withdrawn the same way.
// Hooks for a browser test: #ocop-status, .ocop-certificate[data-id][data-status], .verify-ocop,
// .reject-ocop, body[data-state].

import { get } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { act, officerOnly } from '/js/officer.js';
import { showOwnPicture } from '/js/pictures.js';
import {
  h, fill, loading, errorBox, emptyState, formatDate, formatDateTime, notice, params, setPageState, setTitle,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'ocop' });
setTitle('Giấy chứng nhận OCOP');

const root = document.getElementById('ocop-certificates');
const STATUSES = { SUBMITTED: 'Chờ xác minh', VERIFIED: 'Đã xác minh', REJECTED: 'Từ chối', EXPIRED: 'Hết hạn' };

function currentStatus() {
  const s = params().get('status');
  return STATUSES[s] ? s : 'SUBMITTED';
}

function statusTabs(active) {
  return h('nav', { id: 'ocop-status', class: 'status-filter', 'aria-label': 'Trạng thái giấy chứng nhận' },
    Object.entries(STATUSES).map(([value, label]) => h('a', {
      href: `/ocop-certificates.html?status=${value}`, 'aria-current': value === active ? 'page' : null,
    }, label)));
}

function photo(c) {
  if (!c.photoUrl) return h('p', { class: 'notice notice-warn small' }, 'Chưa có ảnh giấy chứng nhận: hãy đối chiếu với danh sách của tỉnh trước khi xác minh.');
  // the photo stays private until verified: fetched with the officer's token (an <img> cannot send it)
  return showOwnPicture(h('img', { alt: `Ảnh giấy chứng nhận OCOP số ${c.number}`, width: 400, class: 'ocop-photo' }), c.photoUrl);
}

function certificateCard(c, reload) {
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const actions = [];
  if (c.status === 'SUBMITTED') {
    const verify = h('button', { type: 'button', class: 'btn btn-small verify-ocop' }, 'Xác minh đúng');
    verify.addEventListener('click', () => act(verify, result, `/api/officer/ocop-certificates/${c.id}/verify`, null,
      `Đã xác minh: ${c.productTitle} hiện huy hiệu OCOP ${c.stars} sao.`, reload));
    actions.push(verify);
  }
  if (c.status === 'SUBMITTED' || c.status === 'VERIFIED') {
    const reason = h('input', { type: 'text', name: 'reason', maxlength: 1000, placeholder: 'Lý do (người bán sẽ thấy)', 'aria-label': `Lý do từ chối giấy của ${c.productTitle}` });
    const reject = h('button', { type: 'button', class: 'btn btn-secondary btn-small reject-ocop' },
      c.status === 'VERIFIED' ? 'Thu hồi' : 'Từ chối');
    reject.addEventListener('click', () => {
      if (!reason.value.trim()) {
        result.replaceChildren(notice('error', null, 'Hãy ghi lý do.'));
        reason.focus();
        return;
      }
      act(reject, result, `/api/officer/ocop-certificates/${c.id}/reject`, { reason: reason.value.trim() },
        `Đã ${c.status === 'VERIFIED' ? 'thu hồi' : 'từ chối'} giấy của ${c.productTitle}.`, reload);
    });
    actions.push(reason, reject);
  }
  return h('li', { class: 'card ocop-certificate', dataset: { id: c.id, status: c.status } },
    h('h2', {}, h('a', { href: `/san-pham/${encodeURIComponent(c.productSlug)}` }, c.productTitle)),
    h('p', { class: 'muted small' }, `Xưởng ${c.shopName}${c.byHelper ? ' · do tổ công nghệ số gửi giúp' : ''}`),
    photo(c),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Hạng'), h('dd', {}, `${c.stars} sao`),
      h('dt', {}, 'Số giấy / quyết định'), h('dd', {}, c.number),
      h('dt', {}, 'Cơ quan cấp'), h('dd', {}, c.issuer || '— (chưa ghi, người bán cần gửi lại)'),
      h('dt', {}, 'Ngày cấp'), h('dd', {}, c.issuedOn ? formatDate(c.issuedOn) : '—'),
      h('dt', {}, 'Hết hạn'), h('dd', {}, c.expiresOn ? formatDate(c.expiresOn) : '—'),
      h('dt', {}, 'Gửi lúc'), h('dd', {}, formatDateTime(c.submittedAt)),
      c.rejectReason ? [h('dt', {}, 'Lý do'), h('dd', {}, c.rejectReason)] : null),
    h('div', { class: 'btn-row' }, actions),
    result);
}

async function load() {
  if (!(await officerOnly(me, root))) return;
  const status = currentStatus();
  fill(root, statusTabs(status), loading());
  try {
    const page = await get(`/api/officer/ocop-certificates?status=${status}&size=100`);
    fill(root, statusTabs(status), page.items.length
      ? h('ul', { class: 'vetting-list', id: 'ocop-list' }, page.items.map((c) => certificateCard(c, load)))
      : emptyState(status === 'SUBMITTED' ? 'Không có giấy nào chờ xác minh' : 'Không có giấy nào', 'Danh sách sẽ hiện ở đây.'));
    setPageState('ready');
  } catch (err) {
    fill(root, statusTabs(status), errorBox(err, { retry: load }));
    setPageState('error');
  }
}

load();
