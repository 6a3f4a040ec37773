// Home: hero, the craft villages, the newest products.

import { get } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import {
  h, fill, loading, errorBox, emptyState, productGrid, placeNow, placeBefore, villageTone, setPageState, REFORM_DATE_LABEL,
} from '/js/ui.js';

mountLayout({ active: 'home' });

const villagesBox = document.getElementById('villages');
const productsBox = document.getElementById('products');

function villageCard(v) {
  const before = placeBefore(v.formerCommune);
  const card = h('article', { class: 'card village-card' },
    h('div', { class: 'band', 'aria-hidden': 'true' }),
    h('div', { class: 'body' },
      h('p', { class: 'craft', text: v.craft }),
      h('h3', {}, h('a', { href: `/village.html?slug=${encodeURIComponent(v.slug)}` }, v.name)),
      h('p', { class: 'place' }, placeNow(v.commune, v.province)),
      before ? h('p', { class: 'former' }, `Trước ${REFORM_DATE_LABEL}: ${before}`) : null));
  card.style.setProperty('--tone', villageTone(v.slug));
  return h('li', {}, card);
}

async function loadVillages() {
  fill(villagesBox, loading('Đang tải các làng nghề…'));
  villagesBox.setAttribute('aria-busy', 'true');
  try {
    const villages = await get('/api/craft-villages');
    fill(villagesBox, villages.length
      ? h('ul', { class: 'village-grid' }, villages.map(villageCard))
      : emptyState('Chưa có làng nghề nào', 'Danh sách làng nghề đang được cập nhật.'));
    return true;
  } catch (e) {
    fill(villagesBox, errorBox(e, { retry: loadVillages }));
    return false;
  } finally {
    villagesBox.removeAttribute('aria-busy');
  }
}

async function loadProducts() {
  fill(productsBox, loading('Đang tải sản phẩm…'));
  productsBox.setAttribute('aria-busy', 'true');
  try {
    const page = await get('/api/products?size=12');
    fill(productsBox, page.items.length
      ? productGrid(page.items)
      : emptyState('Chợ đang bày hàng',
        'Các nghệ nhân đang đưa sản phẩm lên. Bạn ghé lại sau ít hôm nhé, hoặc xem giới thiệu các làng nghề ở trên.'));
    return true;
  } catch (e) {
    fill(productsBox, errorBox(e, { retry: loadProducts }));
    return false;
  } finally {
    productsBox.removeAttribute('aria-busy');
  }
}

const [villagesOk, productsOk] = await Promise.all([loadVillages(), loadProducts()]);
setPageState(villagesOk && productsOk ? 'ready' : 'error');
