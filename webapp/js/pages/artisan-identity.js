// The shop owner's identity (Law 122/2025/QH15: a shop sells only once its owner is identified):
// full name, address, citizen ID (CCCD, 12 digits) or tax code, the household business registration
// if any, and a private photo of the papers. An officer or the commune's digital team verifies it;
// changing it afterwards needs a new verification. Only the owner and officers see the numbers.
// Hooks for tests: #identity-form, #identity-status[data-status], #identity-evidence-input.

import { ApiError, describeError, get, put } from '/js/api.js';
import { pictureUpload } from '/js/pages/artisan-trust.js';
import {
  field, showErrors, showFormMessage, clearErrors, checkConstraints, busy,
} from '/js/forms.js';
import { h, formatDateTime, toast } from '/js/ui.js';

const STATUS = {
  NONE: { badge: 'badge-warn', label: 'Chưa định danh' },
  DECLARED: { badge: 'badge-warn', label: 'Đã khai, chờ xác minh' },
  VERIFIED: { badge: 'badge-ok', label: 'Đã xác minh' },
};
const METHODS = { IN_PERSON: 'trực tiếp', DOCUMENT_PHOTO: 'qua ảnh giấy tờ' };

function statusLine(identity) {
  const s = STATUS[identity.status] || STATUS.NONE;
  return h('p', { id: 'identity-status', dataset: { status: identity.status } },
    h('span', { class: `badge ${s.badge}` }, s.label),
    identity.verifiedAt
      ? ` Xác minh ${METHODS[identity.verification] || ''} lúc ${formatDateTime(identity.verifiedAt)}.`
      : ' Cửa hàng chỉ được duyệt bán khi danh tính đã được cán bộ hoặc tổ công nghệ số của xã xác minh.');
}

function evidenceField(identity, onSaved) {
  const { input, result } = pictureUpload('identity-evidence-input', '/api/my/shop/identity/evidence',
    'Đã gửi ảnh giấy tờ.', onSaved);
  return h('div', { class: 'field', dataset: { field: 'file' } },
    h('label', { for: 'identity-evidence-input' }, 'Ảnh CCCD hoặc giấy đăng ký hộ kinh doanh',
      h('span', { class: 'optional' }, ' (không bắt buộc)')),
    h('small', { class: 'hint' }, identity.evidenceUrl
      ? 'Đã có ảnh. Chỉ bạn, cán bộ quản lý và tổ công nghệ số của xã xem được; không bao giờ công khai.'
      : 'Để cán bộ xác minh không cần gặp trực tiếp. Chỉ bạn, cán bộ quản lý và tổ công nghệ số của xã xem được.'),
    identity.status === 'NONE' ? h('small', { class: 'hint' }, 'Hãy lưu danh tính trước khi gửi ảnh.') : input,
    result);
}

function identityForm(identity, slot) {
  const ownerName = field({ name: 'ownerName', label: 'Họ và tên chủ cửa hàng', hint: 'Như trên căn cước công dân. Hiện trên trang cửa hàng.', attrs: { required: true, maxlength: 200, autocomplete: 'name', value: identity.ownerName || '' } });
  const citizenId = field({ name: 'citizenId', label: 'Số căn cước công dân (CCCD)', optional: true, hint: '12 chữ số. Không bao giờ công khai.', attrs: { inputmode: 'numeric', autocomplete: 'off', maxlength: 20, value: identity.citizenId || '' } });
  const taxCode = field({ name: 'taxCode', label: 'Mã số thuế', optional: true, hint: '10 chữ số (chi nhánh 13). Nhập CCCD hoặc mã số thuế, ít nhất một.', attrs: { inputmode: 'numeric', autocomplete: 'off', maxlength: 20, value: identity.taxCode || '' } });
  const address = field({ name: 'address', label: 'Địa chỉ thường trú', attrs: { required: true, maxlength: 500, autocomplete: 'street-address', value: identity.address || '' } });
  const household = field({ name: 'householdRegistration', label: 'Số giấy đăng ký hộ kinh doanh', optional: true, attrs: { maxlength: 40, autocomplete: 'off', value: identity.householdRegistration || '' } });
  const submit = h('button', { type: 'submit', class: 'btn' }, 'Lưu danh tính');
  const form = h('form', { class: 'form-grid', id: 'identity-form', novalidate: true },
    ownerName.wrapper, citizenId.wrapper, taxCode.wrapper, address.wrapper, household.wrapper,
    identity.status === 'VERIFIED'
      ? h('p', { class: 'notice notice-warn' }, 'Danh tính đã được xác minh. Nếu bạn sửa, cửa hàng cần được xác minh lại.')
      : null,
    h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    await busy(submit, 'Đang lưu…', async () => {
      try {
        const saved = await put('/api/my/shop/identity', {
          ownerName: ownerName.input.value.trim(),
          citizenId: citizenId.input.value.trim() || null,
          taxCode: taxCode.input.value.trim() || null,
          address: address.input.value.trim(),
          householdRegistration: household.input.value.trim() || null,
        });
        toast('Đã lưu danh tính chủ cửa hàng.');
        render(slot, saved);
      } catch (err) {
        if (err instanceof ApiError && err.fieldErrors().length) {
          showErrors(form, err.fieldErrors());
        } else {
          showFormMessage(form, 'error', 'Chưa lưu được', describeError(err));
        }
      }
    });
  });
  return form;
}

function render(slot, identity) {
  slot.replaceChildren(
    h('h2', { id: 'identity-title' }, 'Danh tính chủ cửa hàng'),
    statusLine(identity),
    identityForm(identity, slot),
    evidenceField(identity, (saved) => render(slot, saved)));
}

/** The identity panel, for a shop that exists. */
export function identitySection(shop) {
  if (!shop) return null;
  const slot = h('section', { class: 'panel', id: 'shop-identity', 'aria-labelledby': 'identity-title' },
    h('h2', { id: 'identity-title' }, 'Danh tính chủ cửa hàng'), h('p', { class: 'muted' }, 'Đang tải…'));
  get('/api/my/shop/identity')
    .then((identity) => render(slot, identity))
    .catch((err) => slot.replaceChildren(h('h2', { id: 'identity-title' }, 'Danh tính chủ cửa hàng'),
      h('p', { class: 'field-error' }, describeError(err))));
  return slot;
}
