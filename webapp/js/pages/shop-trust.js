// On a shop's page: who makes the goods and how the shop has done. The artisan's photo and story,
// the village and commune, when the shop joined, the pieces delivered to buyers and the return
// policy. (The rating and the usual response time are in the shop's facts beside its name.)
// Hooks for the browser test: #shop-trust, #shop-owner-photo, #shop-story, #shop-joined, #shop-sold,
// #shop-return-policy.

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

function returnText(policy) {
  const rule = policy.acceptsChangedMind
    ? 'Nhận trả hàng lỗi, sai mẫu, không đúng mô tả, và cả khi bạn đổi ý. '
    : 'Nhận trả hàng lỗi, sai mẫu, không đúng mô tả (không nhận khi đổi ý). ';
  return [rule, h('a', { href: '/chinh-sach-doi-tra.html' }, 'Chính sách đổi trả')];
}
