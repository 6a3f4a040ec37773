// The reviews on a product page: the rating, the shown reviews newest first with their photos and
// the shop's reply, "Báo cáo" for anyone signed in, "Ẩn đánh giá" (with a reason) for officers.
// Hooks for the browser test: #product-rating, #product-reviews, .review[data-id], .review-photo,
// .review-reply, .report-review, .hide-review, #more-reviews.

import { ApiError, describeError, get, post, translate } from '/js/api.js';
import { ratingLine, reviewStars } from '/js/rating.js';
import { h, fill, formatDate, notice, toast } from '/js/ui.js';

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
      review.editedAt ? h('span', { class: 'muted small' }, ' (đã sửa)') : null),
    review.text ? h('p', { class: 'review-text' }, review.text) : null,
    review.photos?.length
      ? h('ul', { class: 'review-photos', 'aria-label': 'Ảnh người mua chụp' }, review.photos.map((p, i) => h('li', {},
        h('a', { href: p.url, target: '_blank', rel: 'noopener' },
          h('img', { class: 'review-photo', src: p.thumbUrl, alt: `Ảnh ${i + 1} của người mua`, width: 96, height: 96, loading: 'lazy' })))))
      : null,
    review.reply
      ? h('div', { class: 'review-reply' }, h('p', { class: 'small' }, h('strong', {}, 'Phản hồi của cửa hàng'), ' · ',
        h('time', { datetime: review.reply.at }, formatDate(review.reply.at))), h('p', {}, review.reply.text))
      : null,
    actions.length ? h('div', { class: 'btn-row review-actions' }, actions) : null,
    result);
}

function reportControl(review, result) {
  const button = h('button', { type: 'button', class: 'btn btn-link btn-small report-review' }, 'Báo cáo');
  button.addEventListener('click', () => {
    const reason = h('input', { type: 'text', maxlength: 500, class: 'report-reason', 'aria-label': 'Lý do báo cáo' });
    const send = h('button', { type: 'submit', class: 'btn btn-small send-report' }, 'Gửi báo cáo');
    const form = h('form', { class: 'inline-form', novalidate: true },
      h('label', {}, 'Đánh giá này sai phạm thế nào? ', reason), send);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      send.disabled = true;
      try {
        await post(`/api/reviews/${review.id}/report`, { reason: reason.value.trim() || null });
        fill(result, notice('ok', 'Đã gửi báo cáo', 'Cán bộ sẽ xem xét đánh giá này. Cảm ơn bạn.'));
        button.remove();
      } catch (err) {
        fill(result, notice('error', 'Chưa gửi được báo cáo', problemText(err)));
        send.disabled = false;
      }
    });
    fill(result, form);
    reason.focus();
  });
  return button;
}

function hideControl(review, result, onHidden) {
  const button = h('button', { type: 'button', class: 'btn btn-danger btn-small hide-review' }, 'Ẩn đánh giá');
  button.addEventListener('click', () => {
    const reason = h('input', { type: 'text', maxlength: 500, required: true, class: 'hide-reason', 'aria-label': 'Lý do ẩn' });
    const send = h('button', { type: 'submit', class: 'btn btn-danger btn-small confirm-hide' }, 'Ẩn');
    const error = h('p', { class: 'field-error' });
    const form = h('form', { class: 'inline-form', novalidate: true },
      h('label', {}, 'Lý do ẩn (người viết sẽ thấy): ', reason), send, error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        error.textContent = 'Hãy ghi lý do ẩn đánh giá.';
        reason.focus();
        return;
      }
      send.disabled = true;
      try {
        await post(`/api/officer/reviews/${review.id}/hide`, { reason: reason.value.trim() });
        toast('Đã ẩn đánh giá.');
        onHidden?.(review);
      } catch (err) {
        fill(result, notice('error', 'Chưa ẩn được', problemText(err)));
        send.disabled = false;
      }
    });
    fill(result, form);
    reason.focus();
  });
  return button;
}

/** Fills #product-reviews (a placeholder on product.html) and puts the rating under the title. */
export async function mountProductReviews(product, me) {
  const box = document.getElementById('product-reviews');
  if (!box) return;
  const user = await me.catch(() => null);
  const list = h('ul', { class: 'review-list' });
  const more = h('button', { type: 'button', class: 'btn btn-secondary', id: 'more-reviews', hidden: true }, 'Xem thêm đánh giá');
  const summary = h('div', { class: 'review-summary' });
  let page = 0;

  const showRating = (rating) => {
    document.getElementById('product-rating')?.remove();
    const line = ratingLine(rating, { id: 'product-rating' });
    document.getElementById('product-title')?.after(line || '');
    fill(summary, rating?.count
      ? ratingLine(rating)
      : h('p', { class: 'muted' }, 'Chưa có đánh giá nào. Người mua đã nhận hàng có thể đánh giá từ trang đơn hàng của mình.'));
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
    h('h2', { id: 'reviews-title' }, 'Đánh giá của người mua'), summary, list, more));
  try {
    await load();
  } catch (err) {
    fill(summary, notice('error', 'Chưa tải được đánh giá', describeError(err)));
  }
}
