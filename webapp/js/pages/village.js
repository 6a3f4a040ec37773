// A craft village: its story, where it is now and where it was before the 2025 reform, its products.

import { get } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import {
  h, fill, loading, errorBox, emptyState, notice, productGrid, pager, hrefWithPage, pageParam, params, placeNow,
  placeBefore, safeUrl, setPageState, setTitle, villageTone, formatNumber, REFORM_DATE_LABEL,
} from '/js/ui.js';

mountLayout({ active: 'villages' });

const PAGE_SIZE = 12;
const slug = params().get('slug');
const box = document.getElementById('village');
const productsSection = document.getElementById('village-products-section');
const productsBox = document.getElementById('village-products');
const productsCount = document.getElementById('village-products-count');

function sourceLink(url) {
  const href = safeUrl(url);
  if (!href) return h('li', {}, url);
  let label = href;
  try { label = new URL(href).hostname.replace(/^www\./, ''); } catch { /* keep the address */ }
  return h('li', {}, h('a', { href, rel: 'noopener noreferrer external' }, label));
}

function renderVillage(v) {
  setTitle(v.name);
  const before = placeBefore(v.formerCommune);
  const head = h('header', { class: 'page-head' },
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Vị trí trang' },
      h('ol', {},
        h('li', {}, h('a', { href: '/' }, 'Trang chủ')),
        h('li', {}, h('a', { href: '/#lang-nghe' }, 'Làng nghề')),
        h('li', { 'aria-current': 'page' }, v.name))),
    h('p', { class: 'kicker', text: `Nghề ${v.craft}` }),
    h('h1', { id: 'village-name' }, v.name));
  head.querySelector('.kicker').style.color = villageTone(v.slug);

  const story = h('section', { class: 'panel', 'aria-labelledby': 'story-title' },
    h('h2', { id: 'story-title' }, 'Câu chuyện của làng'),
    v.story ? h('p', { class: 'story' }, v.story) : h('p', { class: 'muted' }, 'Câu chuyện của làng đang được sưu tầm.'),
    v.sources?.length
      ? h('div', { class: 'sources' }, h('h3', {}, 'Nguồn tham khảo'), h('ul', {}, v.sources.map(sourceLink)))
      : null);

  const place = h('aside', { class: 'panel place-card', 'aria-labelledby': 'place-title' },
    h('h2', { id: 'place-title' }, 'Địa chỉ làng'),
    h('dl', {},
      h('div', {}, h('dt', {}, 'Nghề'), h('dd', {}, v.craft)),
      h('div', {}, h('dt', {}, 'Hiện nay'), h('dd', { id: 'village-commune' }, placeNow(v.commune, v.province) || '—')),
      before
        ? h('div', {}, h('dt', {}, `Trước ${REFORM_DATE_LABEL}`), h('dd', { id: 'village-former-commune' }, before))
        : null),
    before
      ? h('p', { class: 'muted small' }, `Trong đợt sắp xếp đơn vị hành chính năm 2025, tỉnh Thái Bình hợp nhất với tỉnh Hưng Yên (lấy tên Hưng Yên) và cấp huyện không còn; từ ${REFORM_DATE_LABEL} nhiều xã được sáp nhập, đổi tên.`)
      : null);

  fill(box, head, h('div', { class: 'village-layout' }, story, place));
}

async function loadProducts(v) {
  productsSection.hidden = false;
  const page = pageParam();
  fill(productsBox, loading('Đang tải sản phẩm…'));
  try {
    const list = await get(`/api/products?village=${encodeURIComponent(v.slug)}&page=${page}&size=${PAGE_SIZE}`);
    productsCount.textContent = list.total ? `${formatNumber(list.total)} sản phẩm` : '';
    if (!list.items.length) {
      fill(productsBox, list.total
        ? notice('info', 'Trang này không còn sản phẩm', null, h('a', { class: 'btn btn-secondary', href: hrefWithPage(0) }, 'Về trang đầu'))
        : emptyState('Làng chưa có sản phẩm trên chợ',
          'Các nghệ nhân của làng đang chuẩn bị đưa hàng lên chợ. Bạn ghé lại sau nhé.',
          h('a', { class: 'btn btn-secondary', href: '/#lang-nghe' }, 'Xem làng nghề khác')));
    } else {
      fill(productsBox, productGrid(list.items), pager(list, hrefWithPage));
    }
    return true;
  } catch (e) {
    fill(productsBox, errorBox(e, { retry: () => loadProducts(v) }));
    return false;
  }
}

async function main() {
  if (!slug) {
    setTitle('Không tìm thấy làng nghề');
    fill(box, notice('error', 'Không rõ làng nghề nào', 'Đường dẫn thiếu tên làng. Hãy chọn một làng trong danh sách.',
      h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/#lang-nghe' }, 'Xem các làng nghề'))));
    setPageState('error');
    return;
  }
  fill(box, loading('Đang tải thông tin làng…'));
  let village;
  try {
    village = await get(`/api/craft-villages/${encodeURIComponent(slug)}`);
  } catch (e) {
    setTitle('Không tìm thấy làng nghề');
    fill(box, errorBox(e, { notFound: 'Không có làng nghề này, có thể đường dẫn đã cũ.', retry: main, page: true }));
    setPageState('error');
    return;
  }
  renderVillage(village);
  const ok = await loadProducts(village);
  setPageState(ok ? 'ready' : 'error');
}

main();
