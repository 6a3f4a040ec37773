// On a product page: how many pieces reached buyers ("Đã bán"), and "Báo cáo sản phẩm vi phạm" for
// anyone, signed in or not (POST /api/products/{slug}/report). Officers decide within the law's 24 h.
// Hooks for the browser test: #product-sold, details#report-listing, #report-reason, #report-text,
// #report-submit, #report-result.

import { ApiError, describeError, post } from '/js/api.js';
import { field } from '/js/forms.js';
import { h, notice, soldText } from '/js/ui.js';

const REASONS = {
  COUNTERFEIT: 'Hàng giả, hàng nhái',
  PROHIBITED: 'Hàng cấm kinh doanh',
  IP_INFRINGEMENT: 'Xâm phạm quyền sở hữu trí tuệ (mẫu mã, hình ảnh, nhãn hiệu)',
  MISLEADING: 'Thông tin sai lệch về hàng, chất liệu, xuất xứ',
  OTHER: 'Lý do khác',
};

/** Fills `slot` (a placeholder on the product page) with the sold count and the report form. */
export function mountProductTrust(product, slot) {
  if (!slot) return;
  slot.replaceChildren(
    h('p', { id: 'product-sold', class: 'sold-count muted' }, soldText(product.soldCount)),
    reportForm(product.slug));
}

function reportForm(slug) {
  const reason = h('select', { required: true },
    h('option', { value: '' }, 'Chọn lý do'),
    Object.entries(REASONS).map(([value, label]) => h('option', { value }, label)));
  const reasonField = field({ name: 'reason', label: 'Lý do', control: reason, id: 'report-reason' });
  const text = h('textarea', { rows: 3, maxlength: 2000 });
  const textField = field({
    name: 'text', label: 'Mô tả thêm', control: text, id: 'report-text', optional: true,
    hint: 'Điều bạn thấy không đúng, đường dẫn đến bằng chứng nếu có.',
  });
  const submit = h('button', { type: 'submit', id: 'report-submit', class: 'btn btn-secondary btn-small' }, 'Gửi báo cáo');
  const result = h('div', { id: 'report-result', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true }, reasonField.wrapper, textField.wrapper, h('div', { class: 'btn-row' }, submit), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!reason.value) {
      reasonField.error.textContent = 'Hãy chọn lý do.';
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    reasonField.error.textContent = '';
    reason.removeAttribute('aria-invalid');
    submit.disabled = true;
    try {
      const receipt = await post(`/api/products/${encodeURIComponent(slug)}/report`,
        { reason: reason.value, text: text.value.trim() || null });
      form.replaceChildren(notice('ok', 'Đã gửi báo cáo',
        'Cảm ơn bạn. Cán bộ quản lý sàn sẽ xem xét và xử lý trong vòng 24 giờ.'));
      form.dataset.reportId = String(receipt.id);
    } catch (err) {
      result.replaceChildren(notice('error', 'Chưa gửi được báo cáo',
        err instanceof ApiError && err.status === 429 ? 'Bạn đã gửi nhiều báo cáo liên tiếp, hãy thử lại sau ít phút.' : describeError(err)));
      submit.disabled = false;
    }
  });
  return h('details', { id: 'report-listing', class: 'report-listing' },
    h('summary', {}, 'Báo cáo sản phẩm vi phạm'),
    form);
}
