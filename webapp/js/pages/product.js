// One product: gallery, variants with price and stock, OCOP badge, its village then and now, its shop.
// Add to cart: the chosen variant and a quantity, POST /api/cart/lines (the cart cookie goes along);
// or "Mua ngay": that one line straight to checkout, the cart untouched (/checkout.html?buy=SKU&qty=N).
// Hooks for the browser test: h1#product-title, #product-village, .variant-price, #add-to-cart, #buy-now,
// #add-to-cart-result (a link to /cart.html once added), body[data-state].

import { ApiError, describeError, get, post, translate } from '/js/api.js';
import { announceCart, hasCart, mountLayout } from '/js/layout.js';
import { mountProductReviews } from '/js/pages/product-reviews.js';
import { mountProductTrust } from '/js/pages/product-trust.js';
import { mountQuestions } from '/js/pages/product-questions.js';
import {
  h, fill, loading, errorBox, notice, ocopBadge, params, placeLine, setPageState, setRichText, setTitle,
  formatVnd, formatNumber, withProvince,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'product' });

/** The server's ceiling for one line (Cart.MAX_QUANTITY). */
const MAX_QUANTITY = 99;

const slug = params().get('slug');
const box = document.getElementById('product');

function optionsLabel(variant, onlyOne) {
  const pairs = Object.entries(variant.options || {});
  if (pairs.length) return pairs.map(([name, value]) => `${name}: ${value}`).join(' · ');
  return onlyOne ? 'Tiêu chuẩn' : `Mã ${variant.sku}`;
}

function stockText(available) {
  return available > 0 ? `Còn ${formatNumber(available)} sản phẩm` : 'Hết hàng';
}

function gallery(product) {
  const images = product.images || [];
  if (!images.length) {
    return h('div', { class: 'gallery' },
      h('figure', { class: 'gallery-main' },
        h('img', { src: '/img/no-photo.svg', alt: 'Sản phẩm chưa có ảnh', width: 1200, height: 1200 })));
  }
  const main = h('img', {
    src: images[0].url, alt: images[0].alt || product.title, width: 1200, height: 1200, fetchpriority: 'high',
  });
  const thumbs = images.length > 1
    ? h('ul', { class: 'gallery-thumbs', 'aria-label': 'Ảnh sản phẩm' }, images.map((img, i) => {
      const button = h('button', {
        type: 'button', 'aria-pressed': i === 0 ? 'true' : 'false', 'aria-label': `Xem ảnh ${i + 1} trên ${images.length}`,
      }, h('img', { src: img.thumbUrl, alt: '', width: 80, height: 80, loading: 'lazy' }));
      button.addEventListener('click', () => {
        main.src = img.url;
        main.alt = img.alt || product.title;
        for (const b of thumbs.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
      });
      return h('li', {}, button);
    }))
    : null;
  return h('div', { class: 'gallery' }, h('figure', { class: 'gallery-main' }, main), thumbs);
}

function variantChooser(product, onChoose) {
  const variants = product.variants || [];
  const onlyOne = variants.length === 1;
  const firstAvailable = variants.find((v) => v.available > 0) || variants[0];
  const items = variants.map((v, i) => {
    const id = `variant-${i}`;
    const input = h('input', { type: 'radio', name: 'variant', id, value: v.sku, checked: v === firstAvailable });
    input.addEventListener('change', () => { if (input.checked) onChoose(v); });
    return h('li', { class: `variant-option${v.available > 0 ? '' : ' sold-out'}`, dataset: { sku: v.sku } },
      input,
      h('label', { for: id },
        h('span', { class: 'opts' }, optionsLabel(v, onlyOne)),
        h('span', { class: 'variant-price' }, formatVnd(v.priceVnd)),
        h('span', { class: 'sku' }, `Mã: ${v.sku}`),
        h('span', { class: `stock ${v.available > 0 ? 'stock-ok' : 'stock-none'}` }, stockText(v.available))));
  });
  return {
    element: h('fieldset', { class: 'variant-chooser' },
      h('legend', {}, onlyOne ? 'Phân loại' : 'Chọn phân loại'),
      h('ul', { class: 'variant-list' }, items)),
    initial: firstAvailable,
  };
}

function render(product) {
  setTitle(product.title);
  const village = product.village;
  const shopHref = `/shop.html?slug=${encodeURIComponent(product.shop.slug)}`;
  const villageHref = village ? `/village.html?slug=${encodeURIComponent(village.slug)}` : null;

  const price = h('p', { class: 'product-price price', id: 'product-price' });
  const stock = h('p', { id: 'product-stock', 'aria-live': 'polite' });
  const buy = buyBox(product.slug);

  const show = (variant) => {
    buy.choose(variant);
    if (!variant) {
      price.textContent = 'Tạm ngừng bán';
      stock.replaceChildren();
      return;
    }
    price.textContent = formatVnd(variant.priceVnd);
    stock.replaceChildren(h('span', { class: variant.available > 0 ? 'stock-ok' : 'stock-none' }, stockText(variant.available)));
  };
  const chooser = product.variants?.length ? variantChooser(product, show) : null;
  show(chooser?.initial);

  const range = product.priceMinVnd != null && product.priceMaxVnd != null && product.priceMinVnd !== product.priceMaxVnd
    ? h('p', { class: 'muted small' }, `Giá từ ${formatVnd(product.priceMinVnd)} đến ${formatVnd(product.priceMaxVnd)} tuỳ phân loại`)
    : null;

  const badges = h('div', { class: 'product-badges' },
    ocopBadge(product.ocopStars, { certificate: product.ocopCertificate }),
    product.category ? h('span', { class: 'badge' }, product.category.name) : null,
    village?.craft ? h('span', { class: 'badge badge-info' }, `Nghề ${village.craft}`) : null);

  const facts = h('dl', { class: 'facts' },
    product.material ? [h('dt', {}, 'Chất liệu'), h('dd', {}, product.material)] : null,
    product.category ? [h('dt', {}, 'Danh mục'), h('dd', {}, product.category.name)] : null,
    product.ocopStars > 0
      ? [h('dt', {}, 'OCOP'), h('dd', {}, `${product.ocopStars} sao`, product.ocopCertificate ? ` · giấy chứng nhận số ${product.ocopCertificate}` : '')]
      : null,
    village ? [h('dt', {}, 'Làng nghề'), h('dd', {}, h('a', { href: villageHref }, village.name))] : null,
    village?.commune
      ? [h('dt', {}, 'Nơi làm'), h('dd', { id: 'product-place' }, placeLine(village.commune, village.province, village.formerCommune))]
      : null,
    [h('dt', {}, 'Cửa hàng'), h('dd', {}, h('a', { href: shopHref }, product.shop.name))]);

  const info = h('div', { class: 'product-info' },
    h('h1', { id: 'product-title' }, product.title),
    h('p', { class: 'product-byline' },
      'Cửa hàng ', h('a', { href: shopHref, id: 'product-shop' }, product.shop.name),
      village ? [' · ', h('a', { href: villageHref, id: 'product-village' }, village.name)] : null),
    badges,
    price,
    range,
    stock,
    chooser?.element ?? notice('warn', 'Tạm ngừng bán', 'Sản phẩm hiện không có phân loại nào để bán.'),
    buy.element,
    h('section', { class: 'panel', 'aria-labelledby': 'facts-title' },
      h('h2', { id: 'facts-title', class: 'visually-hidden' }, 'Thông tin sản phẩm'),
      facts),
    h('div', { id: 'product-trust' }));
  mountProductTrust(product, info.querySelector('#product-trust'));

  const description = h('div', { class: 'rich-text', id: 'product-description' });
  setRichText(description, product.description);

  const breadcrumbs = h('nav', { class: 'breadcrumbs', 'aria-label': 'Vị trí trang' },
    h('ol', {},
      h('li', {}, h('a', { href: '/' }, 'Trang chủ')),
      village ? h('li', {}, h('a', { href: villageHref }, village.name)) : null,
      h('li', { 'aria-current': 'page' }, product.title)));

  fill(box, 
    breadcrumbs,
    h('div', { class: 'product-layout' }, gallery(product), info),
    h('section', { class: 'product-section', 'aria-labelledby': 'desc-title' },
      h('h2', { id: 'desc-title' }, 'Mô tả sản phẩm'),
      product.description ? description : h('p', { class: 'muted' }, 'Nghệ nhân chưa viết mô tả cho sản phẩm này.')),
    village
      ? h('section', { class: 'product-section panel', 'aria-labelledby': 'village-title' },
        h('h2', { id: 'village-title' }, `Từ ${village.name}`),
        h('p', {}, village.craft ? `Nghề ${village.craft}. ` : '', placeLine(village.commune, village.province, village.formerCommune)),
        h('a', { class: 'btn btn-secondary btn-small', href: villageHref }, 'Tìm hiểu về làng nghề'))
      : null);
}

/**
 * Quantity and the "Thêm vào giỏ" button for the chosen variant. Disabled when the variant is sold
 * out; the answer (a link to the cart, or why not) is announced under the button.
 */
function buyBox(productSlug) {
  let variant = null;
  let noCart = false;
  const quantity = h('input', {
    id: 'add-quantity', name: 'quantity', type: 'number', inputmode: 'numeric', min: 1, max: 1, step: 1, value: 1,
    required: true, 'aria-describedby': 'add-to-cart-result',
  });
  const button = h('button', { type: 'submit', id: 'add-to-cart', class: 'btn btn-secondary' }, 'Thêm vào giỏ');
  const buyNow = h('button', { type: 'button', id: 'buy-now', class: 'btn' }, 'Mua ngay');
  const result = h('div', { id: 'add-to-cart-result', class: 'add-result', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'buy-box', novalidate: true, 'aria-label': 'Thêm vào giỏ hàng' },
    h('div', { class: 'buy-row' },
      h('div', { class: 'quantity-field' }, h('label', { for: 'add-quantity' }, 'Số lượng'), quantity),
      button, buyNow),
    result);

  const choose = (v) => {
    variant = v || null;
    const available = variant?.available ?? 0;
    const max = Math.max(1, Math.min(available, MAX_QUANTITY));
    quantity.max = String(max);
    if (Number(quantity.value) > max) quantity.value = String(max);
    quantity.disabled = noCart || available <= 0;
    button.disabled = noCart || available <= 0;
    buyNow.disabled = button.disabled;
    button.textContent = available > 0 ? 'Thêm vào giỏ' : 'Hết hàng';
    result.replaceChildren();
  };

  /** The quantity asked for, or null (and why, under the buttons) when it is out of range. */
  const wanted = () => {
    const n = Number.parseInt(quantity.value, 10);
    const max = Number(quantity.max);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      quantity.setAttribute('aria-invalid', 'true');
      result.replaceChildren(h('p', { class: 'field-error' }, `Chọn số lượng từ 1 đến ${formatNumber(max)}.`));
      quantity.focus();
      return null;
    }
    quantity.removeAttribute('aria-invalid');
    return n;
  };

  buyNow.addEventListener('click', () => {
    if (!variant || buyNow.disabled) return;
    const n = wanted();
    if (n === null) return;
    const q = new URLSearchParams({ buy: variant.sku, qty: String(n), product: productSlug });
    location.assign(`/checkout.html?${q}`);
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!variant || button.disabled) return;
    const n = wanted();
    if (n === null) return;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const cart = await post('/api/cart/lines', { sku: variant.sku, quantity: n });
      announceCart(cart);
      result.replaceChildren(h('p', { class: 'notice notice-ok' },
        `Đã thêm ${formatNumber(n)} sản phẩm vào giỏ. `,
        h('a', { href: '/cart.html', id: 'go-to-cart' }, `Xem giỏ hàng (${formatNumber(cart.itemCount)})`)));
    } catch (err) {
      result.replaceChildren(h('p', { class: 'notice notice-error' }, addError(err)));
    } finally {
      button.disabled = noCart || (variant?.available ?? 0) <= 0;
      buyNow.disabled = button.disabled;
      button.removeAttribute('aria-busy');
    }
  });

  me.then((user) => {
    if (!hasCart(user)) {
      noCart = true;
      choose(variant);
      form.append(h('p', { class: 'note' }, 'Tài khoản nghệ nhân hoặc cán bộ không mua hàng; hãy dùng tài khoản người mua.'));
    }
  });

  return { element: form, choose };
}

function addError(err) {
  if (err instanceof ApiError && (err.status === 409 || err.status === 422)) {
    return translate(err.detail) || describeError(err);
  }
  if (err instanceof ApiError && err.status === 400 && err.errors.length) {
    return err.fieldErrors().map((e) => e.message).join(' ');
  }
  if (err instanceof ApiError && err.status === 403) return translate(err.detail) || describeError(err);
  return describeError(err);
}

async function main() {
  if (!slug) {
    setTitle('Không tìm thấy sản phẩm');
    fill(box, notice('error', 'Không rõ sản phẩm nào', 'Đường dẫn thiếu tên sản phẩm.',
      h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/' }, 'Về trang chủ'))));
    setPageState('error');
    return;
  }
  fill(box, loading('Đang tải sản phẩm…'));
  try {
    const product = await get(`/api/products/${encodeURIComponent(slug)}`);
    product.village = await withProvince(product.village);
    render(product);
    await mountProductReviews(product, me);
    await mountQuestions(box, product);
    setPageState('ready');
  } catch (e) {
    setTitle('Không tìm thấy sản phẩm');
    fill(box, errorBox(e, {
      notFound: 'Sản phẩm không còn bán hoặc đường dẫn đã cũ.',
      page: true,
      retry: main,
    }));
    setPageState('error');
  }
}

main();
