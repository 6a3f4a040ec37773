// One product, as the server rendered it at /san-pham/{slug} (and /en/…): this script enhances it.
// The thumbnails swap the main photo; choosing a variant updates price, stock and the buy box;
// the product as the API shows it comes in the page (#product-data) for the reviews, questions and
// trust widgets, which load below. Add to cart: the chosen variant and a quantity, POST /api/cart/lines (the cart cookie goes along);
// or "Mua ngay": that one line straight to checkout, the cart untouched (/checkout.html?buy=SKU&qty=N).
// Hooks for the browser test: h1#product-title, #product-village, .variant-price, #add-to-cart, #buy-now,
// #add-to-cart-result (a link to /cart.html once added), body[data-state].

import { ApiError, describeError, get, post, translate } from '/js/api.js';
import { announceCart, hasCart, mountLayout } from '/js/layout.js';
import { mountProductReviews } from '/js/pages/product-reviews.js';
import { mountProductTrust } from '/js/pages/product-trust.js';
import { mountQuestions } from '/js/pages/product-questions.js';
import { t } from '/js/i18n.js';
import { h, errorBox, setPageState, formatVnd, formatNumber } from '/js/ui.js';

const { me } = mountLayout({ active: 'product' });

/** The server's ceiling for one line (Cart.MAX_QUANTITY). */
const MAX_QUANTITY = 99;

const box = document.getElementById('product');

function stockText(available) {
  return available > 0 ? t(`Còn ${formatNumber(available)} sản phẩm`, `${formatNumber(available)} in stock`) : t('Hết hàng', 'Sold out');
}

/** The thumbnails under the main photo swap it (the server rendered both). */
function enhanceGallery() {
  const main = document.getElementById('gallery-main-image');
  const webp = document.getElementById('gallery-main-webp');
  const thumbs = box.querySelector('.gallery-thumbs');
  if (!main || !thumbs) return;
  for (const button of thumbs.querySelectorAll('button')) {
    button.addEventListener('click', () => {
      const { src, srcset, webpSrcset, width, height, alt } = button.dataset;
      if (webp) {
        if (webpSrcset) webp.srcset = webpSrcset; else webp.removeAttribute('srcset');
      }
      if (srcset) main.srcset = srcset; else main.removeAttribute('srcset');
      main.src = src;
      if (Number(width) > 0) main.width = Number(width);
      if (Number(height) > 0) main.height = Number(height);
      main.alt = alt;
      for (const b of thumbs.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
    });
  }
}

/** The variant radios the server rendered: choosing one updates price, stock and the buy box. */
function enhanceVariants(product, buy) {
  const price = document.getElementById('product-price');
  const stock = document.getElementById('product-stock');
  const bySku = new Map((product.variants || []).map((v) => [v.sku, v]));
  const show = (variant) => {
    buy.choose(variant);
    if (!variant) return;
    price.replaceChildren(formatVnd(variant.priceVnd), ...usdBeside(variant.priceVnd));
    stock.replaceChildren(h('span', { class: variant.available > 0 ? 'stock-ok' : 'stock-none' }, stockText(variant.available)));
  };
  const radios = [...box.querySelectorAll('input[name="variant"]')];
  for (const radio of radios) {
    radio.addEventListener('change', () => { if (radio.checked) show(bySku.get(radio.value)); });
  }
  const checked = radios.find((r) => r.checked);
  buy.choose(checked ? bySku.get(checked.value) : null);
}

/** The approximate dollars the server wrote beside the price, kept when the price changes. */
function usdBeside(priceVnd) {
  const usd = document.querySelector('#product-price .usd');
  const rate = Number(document.getElementById('product-price')?.dataset.vndPerUsd);
  if (!usd || !rate) return [];
  return [' ', h('span', { class: 'usd' }, `≈ US$${(priceVnd / rate).toFixed(2)}`)];
}

/**
 * Quantity and the "Thêm vào giỏ" button for the chosen variant. Disabled when the variant is sold
 * out; the answer (a link to the cart, or why not) is announced under the button.
 */
function buyBox(productSlug) {
  let variant = null;
  let noCart = false;
  const form = box.querySelector('form.buy-box');
  const quantity = document.getElementById('add-quantity');
  const button = document.getElementById('add-to-cart');
  const buyNow = document.getElementById('buy-now');
  const result = document.getElementById('add-to-cart-result');

  const choose = (v) => {
    variant = v || null;
    const available = variant?.available ?? 0;
    const max = Math.max(1, Math.min(available, MAX_QUANTITY));
    quantity.max = String(max);
    if (Number(quantity.value) > max) quantity.value = String(max);
    quantity.disabled = noCart || available <= 0;
    button.disabled = noCart || available <= 0;
    buyNow.disabled = button.disabled;
    button.textContent = available > 0 ? t('Thêm vào giỏ', 'Add to cart') : t('Hết hàng', 'Sold out');
    result.replaceChildren();
  };

  /** The quantity asked for, or null (and why, under the buttons) when it is out of range. */
  const wanted = () => {
    const n = Number.parseInt(quantity.value, 10);
    const max = Number(quantity.max);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      quantity.setAttribute('aria-invalid', 'true');
      result.replaceChildren(h('p', { class: 'field-error' }, t(`Chọn số lượng từ 1 đến ${formatNumber(max)}.`, `Choose a quantity from 1 to ${formatNumber(max)}.`)));
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
        t(`Đã thêm ${formatNumber(n)} sản phẩm vào giỏ. `, `Added ${formatNumber(n)} to your cart. `),
        h('a', { href: '/cart.html', id: 'go-to-cart' }, t(`Xem giỏ hàng (${formatNumber(cart.itemCount)})`, `View cart (${formatNumber(cart.itemCount)})`))));
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
      form.append(h('p', { class: 'note' }, t('Tài khoản nghệ nhân hoặc cán bộ không mua hàng; hãy dùng tài khoản người mua.', 'Artisan and officer accounts do not buy; please use a shopper account.')));
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
  const product = JSON.parse(document.getElementById('product-data').textContent);
  const buy = buyBox(product.slug);
  enhanceGallery();
  enhanceVariants(product, buy);
  mountProductTrust(product, document.getElementById('product-trust'));
  try {
    await mountProductReviews(product, me);
    await mountQuestions(box, product);
    setPageState('ready');
  } catch (e) {
    document.getElementById('product-reviews').append(errorBox(e, {}));
    setPageState('error');
  }
}

main();
