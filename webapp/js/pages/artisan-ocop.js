// The artisan's OCOP certificates of one product: what officers decided, and a form to send a new
// certificate with its photo. The product shows the OCOP badge only once an officer has verified
// the certificate, and only until its expiry date.

import { api, get, post, describeError } from '/js/api.js';
import { h, notice, ocopBadge, formatDate, toast } from '/js/ui.js';
import { field, showErrors, clearErrors, busy } from '/js/forms.js';

const STATUS = {
  SUBMITTED: 'Chờ cán bộ xác minh',
  VERIFIED: 'Đã xác minh',
  REJECTED: 'Bị từ chối',
  REPLACED: 'Đã thay bằng giấy mới',
  EXPIRED: 'Hết hạn',
};
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export function ocopSection(product) {
  const section = h('section', { class: 'panel product-section', id: 'ocop', 'aria-labelledby': 'ocop-title' });

  const render = async () => {
    let certificates = [];
    try {
      certificates = await get(`/api/my/products/${product.id}/ocop-certificates`);
    } catch (err) {
      section.replaceChildren(notice('error', 'Không tải được giấy chứng nhận OCOP', describeError(err)));
      return;
    }
    const current = await get(`/api/my/products/${product.id}`).catch(() => product);
    section.replaceChildren(
      h('h2', { id: 'ocop-title', tabindex: '-1' }, 'Chứng nhận OCOP'),
      current.ocopStars > 0
        ? h('p', {}, ocopBadge(current.ocopStars, { certificate: current.ocopCertificate }), ' đang hiện trên sản phẩm.')
        : h('p', { class: 'muted' }, 'Sản phẩm chưa hiện huy hiệu OCOP. Huy hiệu chỉ hiện khi cán bộ đã xác minh giấy chứng nhận còn hạn.'),
      certificates.length
        ? h('ul', { class: 'ocop-certificates' }, certificates.map((c) => h('li', { class: 'card', dataset: { id: c.id, status: c.status } },
          h('strong', {}, `${c.stars} sao · số ${c.number}`), ' — ', STATUS[c.status] || c.status,
          h('div', { class: 'muted small' },
            [c.issuer, c.issuedOn ? `cấp ${formatDate(c.issuedOn)}` : null, c.expiresOn ? `hết hạn ${formatDate(c.expiresOn)}` : null]
              .filter(Boolean).join(' · ')),
          c.rejectReason ? h('p', { class: 'small' }, `Lý do: ${c.rejectReason}`) : null,
          c.photoUrl ? null : (c.status === 'SUBMITTED' ? h('p', { class: 'small' }, 'Chưa có ảnh giấy chứng nhận.') : null))))
        : null,
      submitForm());
  };

  const submitForm = () => {
    const stars = field({
      name: 'stars', label: 'Hạng OCOP', hint: 'Chỉ sản phẩm từ 3 sao trở lên được cấp giấy chứng nhận.',
      control: h('select', { name: 'stars' }, [3, 4, 5].map((n) => h('option', { value: n }, `${n} sao`))),
    });
    const number = field({ name: 'number', label: 'Số giấy chứng nhận / quyết định', attrs: { maxlength: 60, required: true } });
    const issuer = field({ name: 'issuer', label: 'Cơ quan cấp', hint: 'Ví dụ: UBND tỉnh Hưng Yên.', attrs: { maxlength: 200, required: true } });
    const issuedOn = field({ name: 'issuedOn', label: 'Ngày cấp', type: 'date', attrs: { required: true } });
    const expiresOn = field({ name: 'expiresOn', label: 'Ngày hết hạn', type: 'date', hint: 'Giấy chứng nhận OCOP có giá trị 36 tháng.', attrs: { required: true } });
    const photo = field({ name: 'file', label: 'Ảnh giấy chứng nhận', type: 'file', hint: 'JPEG, PNG hoặc WebP, tối đa 8 MB. Chỉ bạn và cán bộ thấy ảnh cho đến khi giấy được xác minh.', attrs: { accept: PHOTO_TYPES.join(','), required: true } });
    const submit = h('button', { type: 'submit', class: 'btn btn-secondary' }, 'Gửi để xác minh');
    const form = h('form', { class: 'form-grid', novalidate: true, 'aria-label': 'Gửi giấy chứng nhận OCOP' },
      h('h3', {}, 'Gửi giấy chứng nhận mới'), stars.wrapper, number.wrapper, issuer.wrapper,
      h('div', { class: 'two-col' }, issuedOn.wrapper, expiresOn.wrapper), photo.wrapper,
      h('div', { class: 'form-actions' }, submit));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(form);
      const f = photo.input.files?.[0];
      if (!f) { showErrors(form, [{ field: 'file', message: 'Hãy chọn ảnh giấy chứng nhận.' }]); return; }
      if (!PHOTO_TYPES.includes(f.type) || f.size > 8 * 1024 * 1024) {
        showErrors(form, [{ field: 'file', message: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP, tối đa 8 MB.' }]);
        return;
      }
      await busy(submit, 'Đang gửi…', async () => {
        try {
          const created = await post(`/api/my/products/${product.id}/ocop-certificates`, {
            stars: Number(stars.input.value), number: number.input.value.trim(), issuer: issuer.input.value.trim(),
            issuedOn: issuedOn.input.value, expiresOn: expiresOn.input.value,
          });
          const data = new FormData();
          data.append('file', f);
          await api(`/api/my/products/${product.id}/ocop-certificates/${created.id}/photo`, { method: 'POST', form: data });
          toast('Đã gửi giấy chứng nhận. Cán bộ sẽ xác minh.');
          await render();
        } catch (err) {
          if (err.errors?.length) showErrors(form, err.fieldErrors());
          else showErrors(form, [{ field: 'number', message: describeError(err) }]);
        }
      });
    });
    return form;
  };

  render();
  return section;
}
