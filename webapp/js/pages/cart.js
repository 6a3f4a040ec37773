// The cart: lines grouped by shop, quantities, removal, what changed since adding (price, stock),
// and the way to checkout once every line can be bought. Works before sign-in (cart cookie).
// Hooks for the browser test: #cart-lines > … .cart-line[data-sku][data-state], #cart-subtotal,
// a#checkout-link (no href and aria-disabled="true" until readyForCheckout), body[data-state].

import { ApiError, del, describeError, get, put, translate } from '/js/api.js';
import { storefrontPath, t } from '/js/i18n.js';
import { announceCart, mountLayout } from '/js/layout.js';
import {
  h, fill, loading, errorBox, emptyState, notice, setPageState, setTitle, formatVnd, formatNumber, optionsText, toast, price, usdNote,
} from '/js/ui.js';

mountLayout({ active: 'cart', cart: false });
setTitle(t('Giỏ hàng', 'Cart'));

/** The server's ceiling for one line (Cart.MAX_QUANTITY). */
const MAX_QUANTITY = 99;

const root = document.getElementById('cart');
const message = h('div', { id: 'cart-message', role: 'status', 'aria-live': 'polite' });

const STATE_TEXT = {
  NOT_ENOUGH_STOCK: (line) => t(`Chỉ còn ${formatNumber(line.available)} sản phẩm: hãy giảm số lượng.`, `Only ${formatNumber(line.available)} left: please lower the quantity.`),
  SOLD_OUT: () => t('Đã hết hàng: hãy bỏ khỏi giỏ.', 'Sold out: please remove it from the cart.'),
  UNAVAILABLE: () => t('Sản phẩm không còn bán: hãy bỏ khỏi giỏ.', 'No longer on sale: please remove it from the cart.'),
};

function productHref(line) {
  return line.productSlug ? storefrontPath(`/san-pham/${encodeURIComponent(line.productSlug)}`) : null;
}

/** A line whose product is gone has no title, shop or picture any more; only its SKU. */
function titleOf(line) {
  return line.title || t(`Sản phẩm mã ${line.sku}`, `Product ${line.sku}`);
}

/** Lines in the order they came, grouped by shop in the order each shop first appears. */
function byShop(lines) {
  const groups = new Map();
  for (const line of lines) {
    const key = line.shop?.slug || line.shop?.name || '';
    if (!groups.has(key)) groups.set(key, { shop: line.shop || { name: t('Sản phẩm không còn bán', 'Products no longer on sale') }, lines: [] });
    groups.get(key).lines.push(line);
  }
  return [...groups.values()];
}

function lineElement(line, index) {
  const title = titleOf(line);
  const qtyId = `qty-${index}`;
  const max = Math.max(1, Math.min(MAX_QUANTITY, Math.max(line.quantity, line.available)));
  const quantity = h('input', {
    id: qtyId, class: 'qty-input', type: 'number', inputmode: 'numeric', min: 1, max: MAX_QUANTITY, step: 1,
    value: line.quantity, 'aria-describedby': line.state !== 'OK' ? `state-${index}` : null,
  });
  const minus = h('button', { type: 'button', class: 'btn btn-secondary btn-small qty-step', 'aria-label': t(`Bớt một ${title}`, `One less ${title}`), disabled: line.quantity <= 1 }, '−');
  const plus = h('button', {
    type: 'button', class: 'btn btn-secondary btn-small qty-step', 'aria-label': t(`Thêm một ${title}`, `One more ${title}`),
    disabled: line.quantity >= max || line.state === 'SOLD_OUT' || line.state === 'UNAVAILABLE',
  }, '+');
  const remove = h('button', { type: 'button', class: 'btn btn-quiet btn-small cart-remove' }, t('Bỏ khỏi giỏ', 'Remove'), h('span', { class: 'visually-hidden' }, `: ${title}`));

  const setQuantity = (n) => {
    if (!Number.isInteger(n) || n < 1 || n > MAX_QUANTITY) {
      quantity.value = String(line.quantity);
      message.replaceChildren(notice('error', null, t(`Số lượng phải từ 1 đến ${MAX_QUANTITY}.`, `The quantity must be from 1 to ${MAX_QUANTITY}.`)));
      return;
    }
    if (n === line.quantity) return;
    change(line.sku, () => put(`/api/cart/lines/${encodeURIComponent(line.sku)}`, { quantity: n }), `qty`);
  };
  quantity.addEventListener('change', () => setQuantity(Number(quantity.value)));
  quantity.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); setQuantity(Number(quantity.value)); } });
  minus.addEventListener('click', () => setQuantity(line.quantity - 1));
  plus.addEventListener('click', () => setQuantity(line.quantity + 1));
  remove.addEventListener('click', () => change(line.sku, () => del(`/api/cart/lines/${encodeURIComponent(line.sku)}`), 'removed', title));

  const img = line.thumbUrl
    ? h('img', { src: line.thumbUrl, alt: '', width: 80, height: 80, loading: 'lazy', class: 'thumb' })
    : h('img', { src: '/img/no-photo.svg', alt: '', width: 80, height: 80, class: 'thumb' });
  const options = optionsText(line.options);
  const stateText = STATE_TEXT[line.state]?.(line);

  return h('li', { class: `cart-line${line.state !== 'OK' ? ' has-problem' : ''}`, dataset: { sku: line.sku, state: line.state } },
    img,
    h('div', { class: 'cart-line-body' },
      h('h3', {}, productHref(line) ? h('a', { href: productHref(line) }, title) : title),
      options ? h('p', { class: 'meta' }, options) : null,
      h('p', { class: 'meta' }, t(`Mã: ${line.sku}`, `SKU: ${line.sku}`)),
      h('p', { class: 'unit-price' },
        line.priceChanged
          ? [h('span', { class: 'visually-hidden' }, t('Giá đã đổi: ', 'Price changed: ')),
            h('s', { class: 'price old-price' }, formatVnd(line.priceWhenAddedVnd)), ' → ',
            h('strong', { class: 'price' }, formatVnd(line.unitPriceVnd)),
            h('span', { class: 'badge badge-warn price-changed' }, line.unitPriceVnd > line.priceWhenAddedVnd ? t('Giá tăng', 'Price went up') : t('Giá giảm', 'Price went down'))]
          : [h('span', { class: 'price' }, formatVnd(line.unitPriceVnd)), h('span', { class: 'muted small' }, t(' / sản phẩm', ' each'))]),
      stateText ? h('p', { class: 'line-state', id: `state-${index}` }, stateText) : null),
    h('div', { class: 'cart-line-actions' },
      h('div', { class: 'qty-editor', role: 'group', 'aria-label': t(`Số lượng ${title}`, `Quantity of ${title}`) },
        minus, h('label', { class: 'visually-hidden', for: qtyId }, t(`Số lượng ${title}`, `Quantity of ${title}`)), quantity, plus),
      h('p', { class: 'line-total price' }, formatVnd(line.lineTotalVnd)),
      remove));
}

function render(cart) {
  announceCart(cart);
  if (!cart.lines.length) {
    fill(root, h('h1', { id: 'cart-title' }, t('Giỏ hàng', 'Cart')), message,
      h('div', { id: 'cart-lines' }),
      emptyState(t('Giỏ hàng đang trống', 'Your cart is empty'), t('Hãy tìm một món hàng thủ công ưng ý từ các làng nghề.', 'Find a handmade piece you like from the craft villages.'),
        h('a', { class: 'btn', href: storefrontPath('/tim-kiem') }, t('Tìm sản phẩm', 'Search products'))));
    return;
  }
  let index = 0;
  const groups = byShop(cart.lines).map((group) => h('section', { class: 'cart-shop panel', 'aria-label': t(`Cửa hàng ${group.shop?.name || ''}`, `Shop ${group.shop?.name || ''}`) },
    h('h2', { class: 'cart-shop-name' },
      group.shop?.slug ? h('a', { href: storefrontPath(`/xuong/${encodeURIComponent(group.shop.slug)}`) }, group.shop.name) : group.shop?.name),
    h('ul', { class: 'cart-line-list' }, group.lines.map((line) => lineElement(line, index++)))));

  const problems = cart.lines.filter((l) => l.state !== 'OK').length;
  const changed = cart.lines.filter((l) => l.priceChanged).length;
  const checkout = cart.readyForCheckout
    ? h('a', { id: 'checkout-link', class: 'btn', href: '/checkout.html' }, t('Thanh toán', 'Checkout'))
    : h('a', { id: 'checkout-link', class: 'btn', role: 'link', 'aria-disabled': 'true', 'aria-describedby': 'checkout-blocked' }, t('Thanh toán', 'Checkout'));

  fill(root,
    h('h1', { id: 'cart-title' }, t('Giỏ hàng', 'Cart')),
    message,
    problems ? notice('warn', t('Một số sản phẩm cần bạn xem lại', 'Some items need your attention'),
      t(`${formatNumber(problems)} sản phẩm không đủ hàng hoặc không còn bán. Hãy sửa số lượng hoặc bỏ chúng khỏi giỏ để thanh toán.`,
        `${formatNumber(problems)} ${problems === 1 ? 'item is' : 'items are'} short of stock or no longer on sale. Change the quantity or remove them to check out.`)) : null,
    changed ? notice('info', t('Giá đã thay đổi', 'Prices changed'), t('Giá của một số sản phẩm đã đổi từ khi bạn thêm vào giỏ. Giá mới được dùng khi thanh toán.', 'Some prices changed since you added the items. The new prices apply at checkout.')) : null,
    h('div', { class: 'cart-layout' },
      h('div', { id: 'cart-lines' }, groups),
      h('aside', { class: 'cart-summary panel', 'aria-labelledby': 'cart-summary-title' },
        h('h2', { id: 'cart-summary-title' }, t('Tóm tắt', 'Summary')),
        h('dl', { class: 'totals' },
          // itemCount and subtotalVnd count only the lines that can be bought as they stand
          h('div', {}, h('dt', {}, cart.readyForCheckout ? t('Số sản phẩm', 'Items') : t('Số sản phẩm mua được', 'Items you can buy')), h('dd', { id: 'cart-item-count' }, formatNumber(cart.itemCount))),
          h('div', { class: 'grand' }, h('dt', {}, t('Tạm tính', 'Subtotal')), h('dd', { class: 'price' }, price(cart.subtotalVnd, { id: 'cart-subtotal' })))),
        h('p', { class: 'muted small' }, t('Phí vận chuyển của từng xưởng được tính ở bước thanh toán.', 'Each workshop\'s shipping fee is worked out at checkout.')),
        usdNote(),
        checkout,
        cart.readyForCheckout ? null : h('p', { class: 'small line-state', id: 'checkout-blocked' }, t('Sửa các sản phẩm được đánh dấu để thanh toán.', 'Fix the marked items to check out.')),
        h('a', { class: 'btn btn-quiet btn-small', href: storefrontPath('/tim-kiem') }, t('Tiếp tục mua sắm', 'Continue shopping')))));
}

/** Runs a cart change, re-renders from its answer and puts focus back where the user was. */
async function change(sku, request, what, title) {
  root.setAttribute('aria-busy', 'true');
  for (const el of root.querySelectorAll('.cart-line button, .cart-line input')) el.disabled = true;
  try {
    const cart = await request();
    render(cart);
    if (what === 'removed') {
      toast(t(`Đã bỏ “${title}” khỏi giỏ.`, `Removed “${title}” from the cart.`));
      document.getElementById('cart-title')?.setAttribute('tabindex', '-1');
      document.getElementById('cart-title')?.focus();
    } else {
      const line = root.querySelector(`.cart-line[data-sku="${CSS.escape(sku)}"]`);
      line?.querySelector('.qty-input')?.focus();
      message.replaceChildren(h('p', { class: 'visually-hidden' }, t('Đã cập nhật giỏ hàng.', 'Cart updated.')));
    }
  } catch (err) {
    await load({ quiet: true });
    message.replaceChildren(notice('error', t('Chưa cập nhật được giỏ hàng', 'Could not update the cart'), problemText(err)));
  } finally {
    root.removeAttribute('aria-busy');
  }
}

function problemText(err) {
  if (err instanceof ApiError && err.status === 400 && err.errors.length) return err.fieldErrors().map((e) => e.message).join(' ');
  if (err instanceof ApiError && [403, 409, 422].includes(err.status)) return translate(err.detail) || describeError(err);
  return describeError(err, { notFound: t('Sản phẩm này không còn trong giỏ.', 'This item is no longer in the cart.') });
}

async function load({ quiet = false } = {}) {
  if (!quiet) fill(root, loading(t('Đang tải giỏ hàng…', 'Loading the cart…')));
  try {
    render(await get('/api/cart'));
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 403) {
      fill(root, h('h1', {}, t('Giỏ hàng', 'Cart')), notice('info', t('Tài khoản này không có giỏ hàng', 'This account has no cart'),
        t('Chỉ tài khoản người mua mới mua hàng được. Hãy đăng nhập bằng tài khoản người mua.', 'Only shopper accounts can buy. Please sign in with a shopper account.'),
        h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: storefrontPath('/') }, t('Về trang chủ', 'Back to the home page')))));
      setPageState('ready');
      return;
    }
    fill(root, errorBox(err, { page: true, retry: () => load() }));
    setPageState('error');
  }
}

load();
