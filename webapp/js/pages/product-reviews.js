// The reviews on a product page: the rating, the shown reviews newest first with their photos and
// the shop's reply, "Báo cáo" for anyone signed in, "Ẩn đánh giá" (with a reason) for officers.
// Hooks for the browser test: #product-rating, #product-reviews, .review[data-id], .review-photo,
// .review-reply, .report-review, .hide-review, #more-reviews.

import { ApiError, describeError, get, post, translate } from '/js/api.js';
import { ratingLine, reviewStars } from '/js/rating.js';
import { h, fill, formatDate, notice, toast } from '/js/ui.js';
import { t } from '/js/i18n.js';

const PAGE_SIZE = 10;

function isOfficer(user) {
  return Boolean(user?.roles?.some((r) => r === 'OFFICER' || r === 'ADMIN'));
}

function problemText(err) {
  return err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err);
}

/** A review as a reader sees it; `actions` (report, hide) when someone is signed in. */
export function reviewItem(review, { user, onHidden } = {}) {
  const result = h('div', { class: 'review-result', role: 'status', 'aria-live': 'polite' });
  const actions = [];
  if (user) actions.push(reportControl(review, result));
  if (isOfficer(user)) actions.push(hideControl(review, result, onHidden));
  return h('li', { class: 'review', id: `review-${review.id}`, dataset: { id: String(review.id) } },
    h('p', { class: 'review-head' }, reviewStars(review.stars), ' ',
      h('strong', { class: 'review-author' }, review.authorName), ' · ',
      h('time', { datetime: review.createdAt }, formatDate(review.createdAt)),
      review.editedAt ? h('span', { class: 'muted small' }, t(' (đã sửa)', ' (edited)')) : null),
    review.text ? h('p', { class: 'review-text' }, review.text) : null,
    review.photos?.length
      ? h('ul', { class: 'review-photos', 'aria-label': t('Ảnh người mua chụp', 'Buyers\' photos') }, review.photos.map((p, i) => h('li', {},
        h('a', { href: p.url, target: '_blank', rel: 'noopener' },
          h('img', { class: 'review-photo', src: p.thumbUrl, alt: t(`Ảnh ${i + 1} của người mua`, `Buyer's photo ${i + 1}`), width: 96, height: 96, loading: 'lazy' })))))
      : null,
    review.reply
      ? h('div', { class: 'review-reply' }, h('p', { class: 'small' }, h('strong', {}, t('Phản hồi của cửa hàng', 'The shop\'s reply')), ' · ',
        h('time', { datetime: review.reply.at }, formatDate(review.reply.at))), h('p', {}, review.reply.text))
      : null,
    actions.length ? h('div', { class: 'btn-row review-actions' }, actions) : null,
    result);
}

function reportControl(review, result) {
  const button = h('button', { type: 'button', class: 'btn btn-link btn-small report-review' }, t('Báo cáo', 'Report'));
  button.addEventListener('click', () => {
    const reason = h('input', { type: 'text', maxlength: 500, class: 'report-reason', 'aria-label': t('Lý do báo cáo', 'Why you report it') });
    const send = h('button', { type: 'submit', class: 'btn btn-small send-report' }, t('Gửi báo cáo', 'Send the report'));
    const form = h('form', { class: 'inline-form', novalidate: true },
      h('label', {}, t('Đánh giá này sai phạm thế nào? ', 'What is wrong with this review? '), reason), send);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      send.disabled = true;
      try {
        await post(`/api/reviews/${review.id}/report`, { reason: reason.value.trim() || null });
        fill(result, notice('ok', t('Đã gửi báo cáo', 'Report sent'), t('Cán bộ sẽ xem xét đánh giá này. Cảm ơn bạn.', 'The market\'s staff will look at this review. Thank you.')));
        button.remove();
      } catch (err) {
        fill(result, notice('error', t('Chưa gửi được báo cáo', 'Could not send the report'), problemText(err)));
        send.disabled = false;
      }
    });
    fill(result, form);
    reason.focus();
  });
  return button;
}

function hideControl(review, result, onHidden) {
  const button = h('button', { type: 'button', class: 'btn btn-danger btn-small hide-review' }, t('Ẩn đánh giá', 'Hide the review'));
  button.addEventListener('click', () => {
    const reason = h('input', { type: 'text', maxlength: 500, required: true, class: 'hide-reason', 'aria-label': t('Lý do ẩn', 'Why it is hidden') });
    const send = h('button', { type: 'submit', class: 'btn btn-danger btn-small confirm-hide' }, t('Ẩn', 'Hide'));
    const error = h('p', { class: 'field-error' });
    const form = h('form', { class: 'inline-form', novalidate: true },
      h('label', {}, t('Lý do ẩn (người viết sẽ thấy): ', 'Why it is hidden (the writer will see this): '), reason), send, error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        error.textContent = t('Hãy ghi lý do ẩn đánh giá.', 'Please say why the review is hidden.');
        reason.focus();
        return;
      }
      send.disabled = true;
      try {
        await post(`/api/officer/reviews/${review.id}/hide`, { reason: reason.value.trim() });
        toast(t('Đã ẩn đánh giá.', 'Review hidden.'));
        onHidden?.(review);
      } catch (err) {
        fill(result, notice('error', t('Chưa ẩn được', 'Could not hide it'), problemText(err)));
        send.disabled = false;
      }
    });
    fill(result, form);
    reason.focus();
  });
  return button;
}

/** Fills #product-reviews (a placeholder on the product page) and puts the rating under the title. */
export async function mountProductReviews(product, me) {
  const box = document.getElementById('product-reviews');
  if (!box) return;
  const user = await me.catch(() => null);
  const list = h('ul', { class: 'review-list' });
  const more = h('button', { type: 'button', class: 'btn btn-secondary', id: 'more-reviews', hidden: true }, t('Xem thêm đánh giá', 'More reviews'));
  const summary = h('div', { class: 'review-summary' });
  let page = 0;

  const showRating = (rating) => {
    document.getElementById('product-rating')?.remove();
    const line = ratingLine(rating, { id: 'product-rating' });
    document.getElementById('product-title')?.after(line || '');
    fill(summary, rating?.count
      ? ratingLine(rating)
      : h('p', { class: 'muted' }, t('Chưa có đánh giá nào. Người mua đã nhận hàng có thể đánh giá từ trang đơn hàng của mình.', 'No reviews yet. Buyers who received the piece can review it from their order page.')));
  };

  const load = async () => {
    const answer = await get(`/api/products/${encodeURIComponent(product.slug)}/reviews?page=${page}&size=${PAGE_SIZE}`);
    if (page === 0) showRating(answer.rating);
    const onHidden = async () => { page = 0; list.replaceChildren(); await load(); };
    list.append(...answer.items.map((r) => reviewItem(r, { user, onHidden })));
    more.hidden = (answer.page + 1) * answer.size >= answer.total;
  };

  more.addEventListener('click', async () => {
    page += 1;
    more.disabled = true;
    try { await load(); } finally { more.disabled = false; }
  });

  fill(box, h('section', { class: 'product-section', 'aria-labelledby': 'reviews-title' },
    h('h2', { id: 'reviews-title' }, t('Đánh giá của người mua', 'Buyers\' reviews')), summary, list, more));
  try {
    await load();
  } catch (err) {
    fill(summary, notice('error', t('Chưa tải được đánh giá', 'Could not load the reviews'), describeError(err)));
  }
}
