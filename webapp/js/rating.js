// Stars of a rating ({average, count} from the API) and of one review, as cards and pages show them.

import { LOCALE, t } from '/js/i18n.js';
import { h } from '/js/ui.js';

const NUMBER = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "★★★★☆" for a number of stars from 0 to 5 (rounded to whole stars). */
export function starsText(stars) {
  const n = Math.max(0, Math.min(5, Math.round(Number(stars) || 0)));
  return '★'.repeat(n) + '☆'.repeat(5 - n);
}

/** "★★★★☆ 4,3 (12)" with a spoken label; null without any review. */
export function ratingLine(rating, { id } = {}) {
  if (!rating?.count) return null;
  const average = NUMBER.format(rating.average);
  return h('p', { class: 'rating-line', id, dataset: { average: String(rating.average), count: String(rating.count) } },
    h('span', { class: 'rating-stars', 'aria-hidden': 'true' }, starsText(rating.average)),
    h('span', { 'aria-hidden': 'true' }, ` ${average} (${rating.count})`),
    h('span', { class: 'visually-hidden' }, t(`Đánh giá ${average} trên 5 sao, ${rating.count} lượt đánh giá`,
      `Rated ${average} out of 5 stars, ${rating.count} ${rating.count === 1 ? 'review' : 'reviews'}`)));
}

/** One review's stars, spoken as "4 trên 5 sao". */
export function reviewStars(stars) {
  return h('span', { class: 'review-stars', dataset: { stars: String(stars) } },
    h('span', { 'aria-hidden': 'true' }, starsText(stars)),
    h('span', { class: 'visually-hidden' }, t(`${stars} trên 5 sao`, `${stars} out of 5 stars`)));
}
