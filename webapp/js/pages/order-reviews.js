// Reviews on the buyer's order page: under each delivered part, every product of it gets a form
// (stars, words, up to five photos) or, once written, the buyer's review, editable while allowed.
// Photos go up one by one (POST /api/reviews/photos) as they are chosen; the review names them.
// Hooks for the browser test: .review-box[data-product], .review-form, .review-star-input,
// .review-text-input, .review-photo-input, .review-photo-preview img, .review-submit, .my-review[data-id].

import { ApiError, api, describeError, get, newIdempotencyKey, post, put, translate } from '/js/api.js';
import { reviewStars } from '/js/rating.js';
import { h, fill, formatDate, notice, toast } from '/js/ui.js';
import { t } from '/js/i18n.js';

const MAX_PHOTOS = 5;
const STAR_WORDS = ['', t('Rất tệ', 'Very poor'), t('Chưa tốt', 'Poor'), t('Tạm được', 'Fair'), t('Tốt', 'Good'), t('Tuyệt vời', 'Excellent')];

function problemText(err) {
  if (err instanceof ApiError && err.status === 400 && err.errors.length) {
    return err.fieldErrors().map((e) => e.message).join(' ');
  }
  return err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err);
}

let formCount = 0;

/** The form for a new review (item.review null) or an edit of the buyer's own. */
function reviewForm(order, item, onSaved) {
  const n = ++formCount;
  const existing = item.review;
  const photos = (existing?.photos || []).map((p) => ({ imageId: p.imageId, thumbUrl: p.thumbUrl }));
  const stars = h('fieldset', { class: 'review-star-choice' },
    h('legend', {}, t('Số sao', 'Stars')),
    [1, 2, 3, 4, 5].map((s) => h('label', { class: 'star-option' },
      h('input', {
        type: 'radio', name: `stars-${n}`, value: String(s), class: 'review-star-input', required: true,
        checked: existing?.stars === s,
      }),
      h('span', { 'aria-hidden': 'true' }, '★'.repeat(s)), h('span', { class: 'visually-hidden' }, t(`${s} sao`, `${s} ${s === 1 ? 'star' : 'stars'}`)),
      h('span', { class: 'small muted' }, ` ${STAR_WORDS[s]}`))));
  const text = h('textarea', { id: `review-text-${n}`, class: 'review-text-input', rows: 3, maxlength: 4000 }, existing?.text || '');
  const fileInput = h('input', {
    id: `review-photo-${n}`, type: 'file', accept: 'image/jpeg,image/png,image/webp', class: 'review-photo-input', multiple: true,
  });
  const preview = h('ul', { class: 'review-photo-preview', 'aria-live': 'polite' });
  const error = h('div', { role: 'status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn review-submit' }, existing ? t('Lưu đánh giá', 'Save the review') : t('Gửi đánh giá', 'Send the review'));
  const idempotencyKey = newIdempotencyKey();

  const showPhotos = () => {
    preview.replaceChildren(...photos.map((p, i) => {
      const remove = h('button', { type: 'button', class: 'btn btn-link btn-small', 'aria-label': t(`Bỏ ảnh ${i + 1}`, `Remove photo ${i + 1}`) }, t('Bỏ', 'Remove'));
      remove.addEventListener('click', () => { photos.splice(i, 1); showPhotos(); });
      return h('li', {}, h('img', { src: p.thumbUrl, alt: t(`Ảnh ${i + 1} bạn chọn`, `Photo ${i + 1} you chose`), width: 72, height: 72 }), remove);
    }));
    fileInput.disabled = photos.length >= MAX_PHOTOS;
  };
  showPhotos();

  fileInput.addEventListener('change', async () => {
    const files = [...fileInput.files].slice(0, MAX_PHOTOS - photos.length);
    fileInput.value = '';
    submit.disabled = true;
    try {
      for (const file of files) {
        const form = new FormData();
        form.append('file', file);
        const uploaded = await api('/api/reviews/photos', { method: 'POST', form });
        // the stored picture stays private until the review is shown (and an <img> carries no
        // token), so the preview is the chosen file itself
        photos.push({ imageId: uploaded.imageId, thumbUrl: URL.createObjectURL(file) });
        showPhotos();
      }
      fill(error);
    } catch (err) {
      fill(error, notice('error', t('Chưa tải được ảnh', 'Could not upload the photo'), problemText(err)));
    } finally {
      submit.disabled = false;
    }
  });

  const form = h('form', { class: 'review-form form-grid', novalidate: true },
    stars,
    h('div', { class: 'field' }, h('label', { for: text.id }, t('Cảm nhận của bạn', 'What you think'), h('span', { class: 'optional' }, t(' (không bắt buộc)', ' (optional)'))), text),
    h('div', { class: 'field' }, h('label', { for: fileInput.id }, t(`Ảnh thật (tối đa ${MAX_PHOTOS} ảnh)`, `Real photos (up to ${MAX_PHOTOS})`)), fileInput, preview),
    h('div', { class: 'btn-row' }, submit),
    error);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = form.querySelector('.review-star-input:checked');
    if (!chosen) {
      fill(error, notice('error', t('Chưa chọn số sao', 'No stars chosen'), t('Hãy chọn từ 1 đến 5 sao.', 'Please choose 1 to 5 stars.')));
      form.querySelector('.review-star-input')?.focus();
      return;
    }
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    const body = { stars: Number(chosen.value), text: text.value.trim() || null, imageIds: photos.map((p) => p.imageId) };
    try {
      const saved = existing
        ? await put(`/api/reviews/${existing.id}`, body)
        : await post(`/api/orders/${encodeURIComponent(order.orderNumber)}/reviews`,
          { ...body, shopOrderId: item.shopOrderId, sku: item.sku }, { idempotencyKey });
      toast(existing ? t('Đã lưu đánh giá.', 'Review saved.') : t('Cảm ơn bạn đã đánh giá!', 'Thank you for the review!'));
      onSaved(saved);
    } catch (err) {
      fill(error, notice('error', t('Chưa gửi được đánh giá', 'Could not send the review'), problemText(err)));
      submit.disabled = false;
      submit.removeAttribute('aria-busy');
    }
  });
  return form;
}

function myReview(order, item, box) {
  const review = item.review;
  const editable = Date.parse(review.editableUntil) > Date.now();
  const edit = editable ? h('button', { type: 'button', class: 'btn btn-secondary btn-small edit-review' }, t('Sửa đánh giá', 'Edit the review')) : null;
  const element = h('div', { class: 'my-review', dataset: { id: String(review.id) } },
    h('p', {}, reviewStars(review.stars), ' ', h('span', { class: 'muted small' }, t(`Bạn đánh giá ngày ${formatDate(review.createdAt)}`, `You reviewed it on ${formatDate(review.createdAt)}`))),
    review.text ? h('p', { class: 'review-text' }, review.text) : null,
    review.photos?.length
      ? h('ul', { class: 'review-photos' }, review.photos.map((p, i) => h('li', {},
        h('img', { class: 'review-photo', src: p.thumbUrl, alt: t(`Ảnh ${i + 1} của bạn`, `Your photo ${i + 1}`), width: 72, height: 72 }))))
      : null,
    review.reply ? h('div', { class: 'review-reply' }, h('p', { class: 'small' }, h('strong', {}, t('Cửa hàng trả lời', 'The shop replied'))), h('p', {}, review.reply.text)) : null,
    edit ? h('div', { class: 'btn-row' }, edit, h('span', { class: 'muted small' }, t(`Sửa được đến ngày ${formatDate(review.editableUntil)}`, `Editable until ${formatDate(review.editableUntil)}`))) : null);
  edit?.addEventListener('click', () => {
    fill(box, h('h4', {}, t(`Sửa đánh giá: ${item.title}`, `Edit your review: ${item.title}`)), reviewForm(order, item, (saved) => show(order, { ...item, review: saved }, box)));
  });
  return element;
}

function show(order, item, box) {
  fill(box,
    h('h4', {}, item.review ? t(`Đánh giá của bạn: ${item.title}`, `Your review: ${item.title}`) : t(`Đánh giá: ${item.title}`, `Review: ${item.title}`)),
    item.review
      ? myReview(order, item, box)
      : reviewForm(order, item, (saved) => show(order, { ...item, review: saved }, box)));
}

/** Adds the review boxes to each delivered part already on the page (.shop-part[data-id]). */
export async function mountOrderReviews(order) {
  const delivered = order.shopOrders.filter((p) => p.status === 'DELIVERED');
  if (!delivered.length) return;
  let answer;
  try {
    answer = await get(`/api/orders/${encodeURIComponent(order.orderNumber)}/reviews`);
  } catch {
    return; // the order page stands without its reviews
  }
  for (const item of answer.items.filter((i) => i.delivered)) {
    const part = document.querySelector(`.shop-part[data-id='${item.shopOrderId}']`);
    if (!part) continue;
    const box = h('section', { class: 'review-box', dataset: { product: String(item.productId), sku: item.sku } });
    part.append(box);
    show(order, item, box);
  }
}
