// The shipping quote on the checkout page (POST /api/checkout/quote): once the address names a
// commune, each shop's goods, shipping fee, carrier and expected days, and the total the order
// button then charges. The order names the quote shown, so the shopper pays exactly that; a
// changed quote comes back with a 409 and is shown here again, never charged silently.
// Hooks for the browser test: #checkout-quote[data-state] (empty, loading, ready, error),
// .quote-shop[data-shop-slug] with .quote-shipping, .quote-carrier, .quote-eta; #quote-total.

import { ApiError, describeError, post, translate } from '/js/api.js';
import { h, fill, formatVnd, formatNumber, price, usdNote } from '/js/ui.js';
import { LOCALE, t } from '/js/i18n.js';

const time = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

function shopPart(part) {
  return h('li', { class: 'quote-shop', dataset: { shopSlug: part.shopSlug } },
    h('strong', {}, part.shopName || part.shopSlug),
    h('dl', { class: 'totals' },
      h('div', {}, h('dt', {}, t('Tiền hàng', 'Goods')), h('dd', { class: 'price' }, formatVnd(part.goodsVnd))),
      h('div', {}, h('dt', {}, t('Phí vận chuyển', 'Shipping')), h('dd', { class: 'price quote-shipping' }, formatVnd(part.shippingVnd))),
      h('div', {}, h('dt', {}, t('Vận chuyển', 'Carrier')), h('dd', { class: 'quote-carrier' }, part.carrier)),
      part.etaDays ? h('div', {}, h('dt', {}, t('Dự kiến giao', 'Expected delivery')), h('dd', { class: 'quote-eta' }, t(`khoảng ${formatNumber(part.etaDays)} ngày`, `about ${formatNumber(part.etaDays)} ${part.etaDays === 1 ? 'day' : 'days'}`))) : null));
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
    fill(root, h('h2', { id: 'quote-title' }, t('Phí vận chuyển và tổng tiền', 'Shipping and total')), ...content);
    onChange(current);
  };

  const render = (quote) => {
    set('ready', quote,
      h('ul', { class: 'quote-shops' }, quote.shopOrders.map(shopPart)),
      h('dl', { class: 'totals' },
        h('div', {}, h('dt', {}, t('Tiền hàng', 'Goods')), h('dd', { class: 'price' }, formatVnd(quote.itemsTotalVnd))),
        h('div', {}, h('dt', {}, t('Phí vận chuyển', 'Shipping')), h('dd', { class: 'price', id: 'quote-shipping-total' }, formatVnd(quote.shippingTotalVnd))),
        h('div', { class: 'grand' }, h('dt', {}, t('Tổng cộng', 'Total')), h('dd', { class: 'price' }, price(quote.totalVnd, { id: 'quote-total' })))),
      usdNote(),
      h('p', { class: 'muted small' }, t(`Giá này giữ đến ${time.format(new Date(quote.expiresAt))}; đặt hàng sau đó, trang sẽ báo giá lại trước khi tính tiền.`,
        `These figures hold until ${time.format(new Date(quote.expiresAt))}; order later and the page quotes again before charging.`)));
  };

  const empty = () => set('empty', null,
    h('p', { class: 'muted small' }, t('Chọn xã, phường nhận hàng để xem phí vận chuyển của từng xưởng và tổng tiền trước khi đặt.', 'Choose the delivery commune or ward to see each workshop\'s shipping fee and the total before ordering.')));
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
      set('loading', null, h('p', { class: 'muted small' }, t('Đang tính phí vận chuyển…', 'Working out the shipping…')));
      const promise = (async () => {
        try {
          const quote = await post('/api/checkout/quote', body);
          if (mine === asked) render({ ...quote, communeCode });
        } catch (err) {
          if (mine !== asked) return current; // a newer address was asked for meanwhile
          let text = describeError(err);
          if (err instanceof ApiError && err.status === 400) text = t('Kiểm tra lại địa chỉ nhận hàng để xem phí vận chuyển.', 'Check the delivery address to see the shipping fees.');
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
