// The shipping quote on the checkout page (POST /api/checkout/quote): once the address names a
// commune, each shop's goods, shipping fee, carrier and expected days, and the total the order
// button then charges. The order names the quote shown, so the shopper pays exactly that; a
// changed quote comes back with a 409 and is shown here again, never charged silently.
// Hooks for the browser test: #checkout-quote[data-state] (empty, loading, ready, error),
// .quote-shop[data-shop-slug] with .quote-shipping, .quote-carrier, .quote-eta; #quote-total.

import { ApiError, describeError, post, translate } from '/js/api.js';
import { h, fill, formatVnd, formatNumber } from '/js/ui.js';

const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

function shopPart(part) {
  return h('li', { class: 'quote-shop', dataset: { shopSlug: part.shopSlug } },
    h('strong', {}, part.shopName || part.shopSlug),
    h('dl', { class: 'totals' },
      h('div', {}, h('dt', {}, 'Tiền hàng'), h('dd', { class: 'price' }, formatVnd(part.goodsVnd))),
      h('div', {}, h('dt', {}, 'Phí vận chuyển'), h('dd', { class: 'price quote-shipping' }, formatVnd(part.shippingVnd))),
      h('div', {}, h('dt', {}, 'Vận chuyển'), h('dd', { class: 'quote-carrier' }, part.carrier)),
      part.etaDays ? h('div', {}, h('dt', {}, 'Dự kiến giao'), h('dd', { class: 'quote-eta' }, `khoảng ${formatNumber(part.etaDays)} ngày`)) : null));
}

/**
 * The quote panel. `refresh(body)` asks for a quote of the checkout body (lines or the cart, and
 * the address) and shows it; `show(quote)` shows one the server handed back; `quote` is the one
 * shown, with `communeCode` it was asked for. `onChange(quote)` hears every change.
 */
export function quotePanel({ onChange = () => {} } = {}) {
  const root = h('section', { id: 'checkout-quote', class: 'checkout-quote', 'aria-live': 'polite', 'aria-labelledby': 'quote-title', dataset: { state: 'empty' } });
  let current = null;
  let asked = 0;
  let pending = null; // { communeCode, promise } of the quote being asked for

  const set = (state, quote, ...content) => {
    current = quote;
    root.dataset.state = state;
    fill(root, h('h2', { id: 'quote-title' }, 'Phí vận chuyển và tổng tiền'), ...content);
    onChange(current);
  };

  const render = (quote) => {
    set('ready', quote,
      h('ul', { class: 'quote-shops' }, quote.shopOrders.map(shopPart)),
      h('dl', { class: 'totals' },
        h('div', {}, h('dt', {}, 'Tiền hàng'), h('dd', { class: 'price' }, formatVnd(quote.itemsTotalVnd))),
        h('div', {}, h('dt', {}, 'Phí vận chuyển'), h('dd', { class: 'price', id: 'quote-shipping-total' }, formatVnd(quote.shippingTotalVnd))),
        h('div', { class: 'grand' }, h('dt', {}, 'Tổng cộng'), h('dd', { class: 'price', id: 'quote-total' }, formatVnd(quote.totalVnd)))),
      h('p', { class: 'muted small' }, `Giá này giữ đến ${time.format(new Date(quote.expiresAt))}; đặt hàng sau đó, trang sẽ báo giá lại trước khi tính tiền.`));
  };

  const empty = () => set('empty', null,
    h('p', { class: 'muted small' }, 'Chọn xã, phường nhận hàng để xem phí vận chuyển của từng xưởng và tổng tiền trước khi đặt.'));
  empty();

  return {
    element: root,
    get quote() { return current; },
    empty() {
      asked++;
      pending = null;
      empty();
    },
    show(quote, communeCode) {
      asked++;
      pending = null;
      render({ ...quote, communeCode });
    },
    /** Asks for a quote of the body, unless one for the same commune is already on its way. */
    refresh(body) {
      const communeCode = body.shippingAddress.communeCode;
      if (pending && pending.communeCode === communeCode) return pending.promise;
      const mine = ++asked;
      set('loading', null, h('p', { class: 'muted small' }, 'Đang tính phí vận chuyển…'));
      const promise = (async () => {
        try {
          const quote = await post('/api/checkout/quote', body);
          if (mine === asked) render({ ...quote, communeCode });
        } catch (err) {
          if (mine !== asked) return current; // a newer address was asked for meanwhile
          let text = describeError(err);
          if (err instanceof ApiError && err.status === 400) text = 'Kiểm tra lại địa chỉ nhận hàng để xem phí vận chuyển.';
          else if (err instanceof ApiError && (err.status === 409 || err.status === 422)) text = translate(err.detail) || text;
          set('error', null, h('p', { class: 'notice notice-warn' }, text));
        } finally {
          if (pending?.promise === promise) pending = null;
        }
        return current;
      })();
      pending = { communeCode, promise };
      return promise;
    },
  };
}
