// On a product page: how many pieces reached buyers ("Đã bán"), and "Báo cáo sản phẩm vi phạm" for
// anyone, signed in or not (POST /api/products/{slug}/report). Officers decide within the law's 24 h.
// Hooks for the browser test: #product-sold, details#report-listing, #report-reason, #report-text,
// #report-submit, #report-result.

import { ApiError, describeError, post } from '/js/api.js';
import { field } from '/js/forms.js';
import { h, notice, soldText } from '/js/ui.js';
import { t } from '/js/i18n.js';

const REASONS = {
  COUNTERFEIT: t('Hàng giả, hàng nhái', 'Counterfeit or imitation'),
  PROHIBITED: t('Hàng cấm kinh doanh', 'Goods banned from sale'),
  IP_INFRINGEMENT: t('Xâm phạm quyền sở hữu trí tuệ (mẫu mã, hình ảnh, nhãn hiệu)', 'Infringes intellectual property (designs, pictures, trademarks)'),
  MISLEADING: t('Thông tin sai lệch về hàng, chất liệu, xuất xứ', 'Misleading about the goods, materials or origin'),
  OTHER: t('Lý do khác', 'Another reason'),
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
    h('option', { value: '' }, t('Chọn lý do', 'Choose a reason')),
    Object.entries(REASONS).map(([value, label]) => h('option', { value }, label)));
  const reasonField = field({ name: 'reason', label: t('Lý do', 'Reason'), control: reason, id: 'report-reason' });
  const text = h('textarea', { rows: 3, maxlength: 2000 });
  const textField = field({
    name: 'text', label: t('Mô tả thêm', 'More details'), control: text, id: 'report-text', optional: true,
    hint: t('Điều bạn thấy không đúng, đường dẫn đến bằng chứng nếu có.', 'What you found wrong, with a link to the evidence if you have one.'),
  });
  const submit = h('button', { type: 'submit', id: 'report-submit', class: 'btn btn-secondary btn-small' }, t('Gửi báo cáo', 'Send the report'));
  const result = h('div', { id: 'report-result', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true }, reasonField.wrapper, textField.wrapper, h('div', { class: 'btn-row' }, submit), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!reason.value) {
      reasonField.error.textContent = t('Hãy chọn lý do.', 'Please choose a reason.');
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
      form.replaceChildren(notice('ok', t('Đã gửi báo cáo', 'Report sent'),
        t('Cảm ơn bạn. Cán bộ quản lý sàn sẽ xem xét và xử lý trong vòng 24 giờ.', 'Thank you. The market\'s staff will look into it within 24 hours.')));
      form.dataset.reportId = String(receipt.id);
    } catch (err) {
      result.replaceChildren(notice('error', t('Chưa gửi được báo cáo', 'Could not send the report'),
        err instanceof ApiError && err.status === 429 ? t('Bạn đã gửi nhiều báo cáo liên tiếp, hãy thử lại sau ít phút.', 'You sent several reports in a row; please try again in a few minutes.') : describeError(err)));
      submit.disabled = false;
    }
  });
  return h('details', { id: 'report-listing', class: 'report-listing' },
    h('summary', {}, t('Báo cáo sản phẩm vi phạm', 'Report this listing')),
    form);
}
