// A shop's public page: who they are, their village, their products on sale (paged).

import { get } from '/js/api.js';
import { ratingLine } from '/js/rating.js';
import { mountLayout } from '/js/layout.js';
import { shopTrust } from '/js/pages/shop-trust.js';
import {
  h, fill, loading, errorBox, emptyState, notice, productGrid, pager, hrefWithPage, pageParam, params, placeLine,
  setPageState, setRichText, setTitle, formatDate, formatNumber, withProvince,
} from '/js/ui.js';
import { responseTimeTerm } from '/js/response-time.js';

mountLayout({ active: 'shop' });

const PAGE_SIZE = 12;
const slug = params().get('slug');
const box = document.getElementById('shop');

function render({ shop, products }) {
  setTitle(shop.name);
  const village = shop.village;
  const description = h('div', { class: 'rich-text', id: 'shop-description' });
  setRichText(description, shop.description);

  const about = h('div', {},
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Vị trí trang' },
      h('ol', {},
        h('li', {}, h('a', { href: '/' }, 'Trang chủ')),
        village ? h('li', {}, h('a', { href: `/village.html?slug=${encodeURIComponent(village.slug)}` }, village.name)) : null,
        h('li', { 'aria-current': 'page' }, shop.name))),
    h('div', { class: 'shop-mark', 'aria-hidden': 'true' }, initial(shop.name)),
    h('p', { class: 'kicker' }, 'Cửa hàng'),
    h('h1', { id: 'shop-name' }, shop.name),
    shop.description ? description : h('p', { class: 'muted' }, 'Cửa hàng chưa viết lời giới thiệu.'));

  const facts = h('aside', { class: 'panel place-card', 'aria-label': 'Thông tin cửa hàng' },
    h('dl', {},
      village
        ? h('div', {}, h('dt', {}, 'Làng nghề'),
          h('dd', {}, h('a', { href: `/village.html?slug=${encodeURIComponent(village.slug)}` }, village.name),
            village.craft ? ` · nghề ${village.craft}` : ''))
        : null,
      village?.commune
        ? h('div', {}, h('dt', {}, 'Địa chỉ'), h('dd', {}, placeLine(village.commune, village.province, village.formerCommune)))
        : null,
      shop.since ? h('div', {}, h('dt', {}, 'Bán trên chợ từ'), h('dd', {}, formatDate(shop.since))) : null,
      shop.rating?.count ? h('div', {}, h('dt', {}, 'Đánh giá'), h('dd', { id: 'shop-rating' }, ratingLine(shop.rating))) : null,
      responseTimeTerm(shop.responseTime),
      h('div', {}, h('dt', {}, 'Sản phẩm đang bán'), h('dd', {}, formatNumber(products.total)))));

  const head = h('div', { class: 'shop-head page-head' }, about, facts);
  head.querySelector('.kicker').classList.add('small');

  let list;
  if (products.items.length) {
    list = [productGrid(products.items), pager(products, hrefWithPage)];
  } else if (products.total) {
    list = notice('info', 'Trang này không còn sản phẩm', null, h('a', { class: 'btn btn-secondary', href: hrefWithPage(0) }, 'Về trang đầu'));
  } else {
    list = emptyState('Cửa hàng chưa bày sản phẩm', 'Nghệ nhân đang chuẩn bị hàng. Bạn ghé lại sau nhé.');
  }
  fill(box, head, shopTrust(shop),
    h('section', { class: 'section', 'aria-labelledby': 'shop-products-title' },
      h('div', { class: 'section-head' }, h('h2', { id: 'shop-products-title' }, 'Sản phẩm')),
      list));
}

function initial(name) {
  const first = String(name || '').trim().split(/\s+/).pop() || '';
  return first.charAt(0).toLocaleUpperCase('vi') || '·';
}

async function main() {
  if (!slug) {
    setTitle('Không tìm thấy cửa hàng');
    fill(box, notice('error', 'Không rõ cửa hàng nào', 'Đường dẫn thiếu tên cửa hàng.',
      h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/' }, 'Về trang chủ'))));
    setPageState('error');
    return;
  }
  fill(box, loading('Đang tải cửa hàng…'));
  try {
    const data = await get(`/api/shops/${encodeURIComponent(slug)}?page=${pageParam()}&size=${PAGE_SIZE}`);
    data.shop.village = await withProvince(data.shop.village);
    render(data);
    setPageState('ready');
  } catch (e) {
    setTitle('Không tìm thấy cửa hàng');
    fill(box, errorBox(e, {
      notFound: 'Không có cửa hàng này, hoặc cửa hàng đang tạm ngừng bán.',
      page: true,
      retry: main,
    }));
    setPageState('error');
  }
}

main();
