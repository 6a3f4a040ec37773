// On a shop's page: who makes the goods and how the shop has done. The artisan's photo and story,
// the village and commune, when the shop joined, the pieces delivered to buyers. The rating, the
// usual response time and the return policy each have their slot, filled when the shop view
// carries them (`rating`, `responseTime`, `returnPolicy`); an empty slot takes no space.
// Hooks for the browser test: #shop-trust, #shop-owner-photo, #shop-story, #shop-joined, #shop-sold,
// #shop-rating, #shop-response-time, #shop-return-policy.

import { h, formatDate, formatNumber, placeLine } from '/js/ui.js';

export function shopTrust(shop) {
  const village = shop.village;
  const photo = shop.ownerPhotoUrl
    ? h('img', { id: 'shop-owner-photo', class: 'owner-photo', src: shop.ownerPhotoUrl, alt: `Nghệ nhân của ${shop.name}`, width: 160, height: 160 })
    : null;
  const facts = h('dl', { class: 'facts' },
    village
      ? h('div', {}, h('dt', {}, 'Làng nghề'),
        h('dd', { id: 'shop-village' }, h('a', { href: `/village.html?slug=${encodeURIComponent(village.slug)}` }, village.name),
          village.commune ? ` · ${placeLine(village.commune, village.province, village.formerCommune)}` : ''))
      : null,
    shop.joinedAt ? h('div', {}, h('dt', {}, 'Tham gia chợ từ'), h('dd', { id: 'shop-joined' }, formatDate(shop.joinedAt))) : null,
    h('div', {}, h('dt', {}, 'Đã bán'), h('dd', { id: 'shop-sold', class: 'sold-count' }, `${formatNumber(shop.soldCount || 0)} sản phẩm`)),
    slot('shop-rating', 'Đánh giá', shop.rating ? ratingText(shop.rating) : null),
    slot('shop-response-time', 'Thời gian phản hồi', shop.responseTime ? responseText(shop.responseTime) : null),
    slot('shop-return-policy', 'Đổi trả', shop.returnPolicy ? returnText(shop.returnPolicy) : null));
  return h('section', { id: 'shop-trust', class: 'panel shop-trust', 'aria-labelledby': 'shop-trust-title' },
    photo,
    h('div', {},
      h('h2', { id: 'shop-trust-title' }, 'Về người làm ra sản phẩm'),
      shop.story
        ? h('p', { id: 'shop-story', class: 'owner-story' }, shop.story)
        : h('p', { class: 'muted' }, 'Nghệ nhân chưa kể câu chuyện của mình.'),
      facts));
}

/** A fact the trust block keeps a place for; nothing shows until the shop view carries it. */
function slot(id, label, text) {
  return h('div', { id, class: 'trust-slot' }, text ? [h('dt', {}, label), h('dd', {}, text)] : null);
}

function ratingText(rating) {
  if (!rating.count) return 'Chưa có đánh giá';
  return `${Number(rating.average).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}/5 · ${formatNumber(rating.count)} đánh giá`;
}

function responseText(time) {
  if (time.medianMinutes == null) return 'Chưa đủ dữ liệu';
  const minutes = Number(time.medianMinutes);
  const usual = minutes < 60 ? `${Math.max(1, Math.round(minutes))} phút` : `${Math.round(minutes / 60)} giờ`;
  return `Thường trả lời trong ${usual}`;
}

function returnText(policy) {
  return typeof policy === 'string' ? policy : (policy.text || '');
}
