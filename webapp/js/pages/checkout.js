// Checkout for a signed-in shopper: the cart's summary, where to ship, how to pay; POST /api/checkout
// takes the cart on the server, or with ?buy=SKU&qty=N&product=slug ("Mua ngay") that one line,
// the cart untouched. A saved address is offered (the default chosen); a new one may be saved.
// Once the address names a commune, the shipping quote shows each shop's fee and the total
// (checkout-quote.js); the order names that quote, so it charges exactly what was shown, and a
// changed quote is shown again for the shopper to confirm. One Idempotency-Key per page load, so a
// double click or a resubmit never makes two orders. Hooks for the browser test:
// #saved-addresses, #save-address, #ship-name, #ship-phone, #ship-line1, the address picker's
// hooks (see address-picker.js), #order-note, input[name=paymentMethod] (COD disabled with its
// reason in #pay-hint-COD when the cart may not be paid on delivery), #place-order,
// #checkout-summary, #checkout-quote, #quote-changed[data-change], body[data-state].

import { ApiError, describeError, get, isSignedIn, newIdempotencyKey, post, translate } from '/js/api.js';
import { LANG, storefrontPath, t } from '/js/i18n.js';
import { announceCart, mountLayout } from '/js/layout.js';
import {
  h, fill, loading, errorBox, emptyState, notice, setPageState, setTitle, formatVnd, formatNumber, optionsText,
  PAYMENT_METHOD,
} from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints } from '/js/forms.js';
import { quotePanel } from '/js/checkout-quote.js';
import { addressPicker, loadProvinces } from '/js/address-picker.js';
import { savedAddressChoices, savedAddresses } from '/js/saved-addresses.js';

const { me } = mountLayout({ active: 'checkout', cart: false });
setTitle(t('Thanh toán', 'Checkout'));

const idempotencyKey = newIdempotencyKey();
const root = document.getElementById('checkout');

const PAYMENT_HINTS = {
  VNPAY: t('Thẻ ATM nội địa, ứng dụng ngân hàng hoặc ví VNPay.', 'Vietnamese ATM card, banking app or VNPay wallet.'),
  STRIPE: t('Visa, Mastercard, thanh toán an toàn qua cổng thẻ.', 'Visa or Mastercard, paid safely through the card gateway.'),
  VIETQR: t('Quét mã QR bằng ứng dụng ngân hàng bất kỳ.', 'Scan the QR code with any Vietnamese banking app.'),
  COD: t('Trả tiền mặt cho người giao khi nhận hàng.', 'Pay the courier in cash when the parcel arrives.'),
};

function loginRedirect() {
  location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
}


function summary(cart) {
  const shops = new Map();
  for (const line of cart.lines) {
    const key = line.shop?.slug || line.shop?.name || '';
    if (!shops.has(key)) shops.set(key, { name: line.shop?.name || t('Sản phẩm không còn bán', 'Products no longer on sale'), lines: [] });
    shops.get(key).lines.push(line);
  }
  return h('aside', { id: 'checkout-summary', class: 'panel checkout-summary', 'aria-labelledby': 'summary-title' },
    h('h2', { id: 'summary-title' }, t('Đơn hàng của bạn', 'Your order')),
    [...shops.values()].map((shop) => h('section', { class: 'summary-shop' },
      h('h3', {}, shop.name),
      h('ul', { class: 'summary-lines' }, shop.lines.map((line) => h('li', { dataset: { sku: line.sku } },
        h('span', { class: 'summary-title' }, line.title || t(`Mã ${line.sku}`, `SKU ${line.sku}`),
          optionsText(line.options) ? h('small', {}, optionsText(line.options)) : null,
          h('small', {}, `${formatNumber(line.quantity)} × ${formatVnd(line.unitPriceVnd)}`)),
        h('span', { class: 'price' }, formatVnd(line.lineTotalVnd))))))),
    h('dl', { class: 'totals' },
      h('div', {}, h('dt', {}, t('Số sản phẩm', 'Items')), h('dd', {}, formatNumber(cart.itemCount))),
      h('div', { class: 'grand' }, h('dt', {}, t('Tạm tính', 'Subtotal')), h('dd', { class: 'price' }, formatVnd(cart.subtotalVnd)))),
    h('p', { class: 'muted small' }, t('Mỗi xưởng gửi hàng riêng; phí vận chuyển của từng xưởng hiện ngay khi bạn chọn địa chỉ nhận, trước khi đặt hàng.', 'Each workshop ships on its own; its shipping fee shows as soon as you choose the delivery address, before you order.')),
    cart.backHref
      ? h('a', { class: 'btn btn-quiet btn-small', href: cart.backHref }, t('Quay lại sản phẩm', 'Back to the product'))
      : h('a', { class: 'btn btn-quiet btn-small', href: '/cart.html' }, t('Sửa giỏ hàng', 'Edit the cart')));
}

/** "Mua ngay": the one line in the address, or null for the cart. */
function buyNowLine() {
  const q = new URLSearchParams(location.search);
  const quantity = Number.parseInt(q.get('qty') || '1', 10);
  return q.get('buy') && q.get('product') && quantity > 0 ? { sku: q.get('buy'), quantity, product: q.get('product') } : null;
}

/** The one line shaped like the cart, from the product's public page data. */
async function buyNowCart({ sku, quantity, product }) {
  const p = await get(`/api/products/${encodeURIComponent(product)}`);
  const v = (p.variants || []).find((x) => x.sku === sku);
  if (!v) return { lines: [], itemCount: 0, subtotalVnd: 0, readyForCheckout: false };
  return {
    lines: [{ sku, title: p.title, options: v.options, shop: p.shop, quantity, unitPriceVnd: v.priceVnd, lineTotalVnd: v.priceVnd * quantity }],
    itemCount: quantity, subtotalVnd: v.priceVnd * quantity, readyForCheckout: v.available >= quantity,
    backHref: storefrontPath(`/san-pham/${encodeURIComponent(product)}`),
  };
}

/** Why cash on delivery is off: the server says it in Vietnamese; English pages say it from its figures. */
function codReason(cod) {
  if (LANG !== 'en') return cod.reason;
  const refusing = cod.refusingShops || [];
  return refusing.length
    ? `${refusing.join(', ')} ${refusing.length === 1 ? 'does' : 'do'} not take cash on delivery.`
    : `Cash on delivery is for orders up to ${formatVnd(cod.maxTotalVnd)}.`;
}

/**
 * The ways to pay; cash on delivery is shown disabled, with the reason, when the cart is over its
 * limit or a workshop in it refuses it (`cod`: GET /api/checkout/cash-on-delivery).
 */
function paymentChoices(cod) {
  const error = h('p', { class: 'field-error', id: 'payment-error' });
  const codOff = cod && !cod.available;
  const choice = (value, index) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'paymentMethod', value, required: true, checked: index === 0, disabled: value === 'COD' && codOff, 'aria-describedby': `pay-hint-${value}` }),
    h('span', {}, h('strong', {}, PAYMENT_METHOD[value]),
      h('small', { id: `pay-hint-${value}` }, value === 'COD' && codOff ? codReason(cod) : PAYMENT_HINTS[value])));
  return h('fieldset', { class: 'field payment-methods', dataset: { field: 'paymentMethod' }, 'aria-describedby': 'payment-error' },
    h('legend', {}, t('Cách thanh toán', 'Payment method')),
    h('div', { class: 'choice-list' }, ['VNPAY', 'STRIPE', 'VIETQR', 'COD'].map(choice)),
    error);
}

function checkoutForm(user, provinces, cart, cod, saved, buyNow) {
  let placing = false;
  const name = field({ id: 'ship-name', name: 'shippingAddress.name', label: t('Họ tên người nhận', 'Recipient\'s full name'), attrs: { autocomplete: 'name', required: true, maxlength: 100, value: user.displayName || '' } });
  const phone = field({
    id: 'ship-phone', name: 'shippingAddress.phone', label: t('Số điện thoại', 'Phone number'), type: 'tel', hint: t('Ví dụ 0912 345 678. Người giao hàng sẽ gọi số này.', 'For example 0912 345 678. The courier will call this number.'),
    attrs: { autocomplete: 'tel', inputmode: 'tel', required: true, maxlength: 30, pattern: '[0-9 .\\(\\)+\\-]{9,30}', 'data-pattern-message': t('Số điện thoại chưa đúng (ví dụ 0912 345 678).', 'This is not a phone number (for example 0912 345 678).') },
  });
  const line1 = field({ id: 'ship-line1', name: 'shippingAddress.line1', label: t('Số nhà, đường, thôn, xóm', 'House number, street, hamlet'), attrs: { autocomplete: 'street-address', required: true, maxlength: 200 } });
  const commune = addressPicker({ provinces });
  const save = h('input', { type: 'checkbox', id: 'save-address', name: 'saveAddress', checked: !saved.length });
  const saveChoice = h('label', { class: 'choice' }, save, h('span', {}, t('Lưu địa chỉ này vào sổ địa chỉ', 'Save this address in my address book')));
  const newAddress = [name.wrapper, phone.wrapper, line1.wrapper, commune.wrapper, saveChoice];
  const choices = saved.length ? savedAddressChoices(saved, (a) => {
    // a saved address fills the fields (still editable); "Địa chỉ khác" empties them
    name.input.value = a ? a.name : user.displayName || '';
    phone.input.value = a ? a.phone : '';
    line1.input.value = a ? a.line1 : '';
    commune.choose(a ? a.provinceCode : '', a ? a.communeCode : '');
    saveChoice.hidden = Boolean(a);
  }) : null;
  const note = field({ id: 'order-note', name: 'note', label: t('Ghi chú cho người bán', 'Note for the seller'), optional: true, control: h('textarea', { maxlength: 500, rows: 3 }) });
  const submit = h('button', { type: 'submit', id: 'place-order', class: 'btn' }, t('Đặt hàng', 'Place order'));
  // the button names the total only once a quote shows it: never the goods alone
  const labelFor = (shown) => (shown ? `${t('Đặt hàng', 'Place order')} · ${formatVnd(shown.totalVnd)}` : t('Đặt hàng', 'Place order'));
  const quote = quotePanel({ onChange: (shown) => { if (!placing) submit.textContent = labelFor(shown); } });
  const submitLabel = () => labelFor(quote.quote);
  const addressFields = [name, phone, line1, commune];
  const lines = buyNow ? [{ sku: buyNow.sku, quantity: buyNow.quantity }] : undefined;
  const address = () => ({
    name: name.input.value.trim(),
    phone: phone.input.value.trim(),
    line1: line1.input.value.trim(),
    communeCode: commune.input.value,
  });
  const quoteHolds = () => quote.quote && quote.quote.communeCode === commune.input.value;
  // the price depends on the commune (and the cart): a new quote when it changes, once the
  // address is complete enough for the server to accept it
  const requote = () => {
    if (!commune.input.value) { if (quote.quote) quote.empty(); return; }
    if (quoteHolds() || !addressFields.every((f) => f.input.validity.valid)) return;
    quote.refresh({ lines, shippingAddress: address() });
  };

  const form = h('form', { id: 'checkout-form', class: 'form-grid panel', novalidate: true, 'aria-labelledby': 'address-title' },
    h('h2', { id: 'address-title' }, t('Địa chỉ nhận hàng', 'Delivery address')),
    choices, newAddress, note.wrapper,
    paymentChoices(cod),
    quote.element,
    h('p', { class: 'muted small' }, t('Sau khi đặt, đơn được giữ trong một thời gian ngắn để bạn thanh toán (hạn chót hiện ở trang đơn hàng); quá hạn, đơn tự huỷ. Đơn thanh toán khi nhận hàng không có hạn chót này.', 'Once placed, the order is held for a short while for you to pay (the deadline shows on the order page); unpaid, it cancels itself. Cash-on-delivery orders have no such deadline.')),
    h('div', { class: 'form-actions' }, submit));

  form.addEventListener('change', () => requote());
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (placing) return;
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    if (!quoteHolds()) {
      // the shopper commits only to figures already on the screen
      await quote.refresh({ lines, shippingAddress: address() });
      if (quote.quote) {
        showFormMessage(form, 'info', t('Kiểm tra phí vận chuyển', 'Check the shipping fees'), t('Phí vận chuyển của từng xưởng và tổng tiền đã hiện ngay trên nút “Đặt hàng”. Xem lại rồi bấm “Đặt hàng” lần nữa để xác nhận.', 'Each workshop\'s shipping fee and the total now show, the total on the “Place order” button. Check them, then press “Place order” again to confirm.'));
      }
      return;
    }
    const body = {
      lines,
      shippingAddress: address(),
      paymentMethod: form.querySelector('input[name="paymentMethod"]:checked')?.value,
      note: note.input.value.trim() || null,
      quoteId: quote.quote.quoteId,
    };
    placing = true;
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    submit.textContent = t('Đang đặt hàng…', 'Placing the order…');
    try {
      const order = await post('/api/checkout', body, { idempotencyKey });
      if (!buyNow) announceCart({ itemCount: 0 });
      if (!saveChoice.hidden && save.checked) {
        // the order is placed either way; an address the book refuses is simply not kept
        await post('/api/my/addresses', body.shippingAddress, { idempotencyKey: `${idempotencyKey}-address` }).catch(() => null);
      }
      // straight on to the gateway's page where there is one; otherwise the order page shows how to pay
      location.assign(order.payment?.redirectUrl || `/order.html?number=${encodeURIComponent(order.orderNumber)}`);
      return; // the button stays disabled while the next page loads
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.problem?.quote) {
        const before = quote.quote;
        quote.show(err.problem.quote, body.shippingAddress.communeCode);
        quoteChanged(form, err.problem.change, before, quote.quote);
      } else {
        showProblem(form, err);
      }
    }
    placing = false;
    submit.disabled = false;
    submit.removeAttribute('aria-busy');
    submit.textContent = submitLabel();
  });
  return form;
}

const QUOTE_CHANGES = {
  SHIPPING: t('Phí vận chuyển đã thay đổi', 'The shipping fee changed'),
  PRICE: t('Giá sản phẩm đã thay đổi', 'A price changed'),
  EXPIRED: t('Báo giá đã hết hạn', 'The quote expired'),
};

/** Nothing was ordered: the new figures are on the screen and the shopper confirms them again. */
function quoteChanged(form, change, before, now) {
  const totals = before && before.totalVnd !== now.totalVnd
    ? t(`Tổng tiền mới là ${formatVnd(now.totalVnd)} (trước đó ${formatVnd(before.totalVnd)}).`,
      `The new total is ${formatVnd(now.totalVnd)} (it was ${formatVnd(before.totalVnd)}).`)
    : t(`Tổng tiền là ${formatVnd(now.totalVnd)}.`, `The total is ${formatVnd(now.totalVnd)}.`);
  const box = showFormMessage(form, 'warn', QUOTE_CHANGES[change] || t('Số tiền cần trả đã thay đổi', 'The amount to pay changed'),
    t(`Phí vận chuyển đã thay đổi hoặc báo giá không còn đúng, nên đơn hàng chưa được đặt. ${totals} Hãy xem lại rồi bấm “Đặt hàng” để xác nhận.`,
      `A shipping fee changed or the quote no longer held, so nothing was ordered. ${totals} Please check, then press “Place order” to confirm.`));
  box.id = 'quote-changed';
  box.dataset.change = change || '';
}

function showProblem(form, err) {
  if (!(err instanceof ApiError)) {
    showFormMessage(form, 'error', t('Chưa đặt được hàng', 'The order was not placed'), describeError(err));
    return;
  }
  if (err.status === 401) {
    loginRedirect();
    return;
  }
  if (err.status === 400 && err.errors.length) {
    showErrors(form, err.fieldErrors());
    return;
  }
  if (err.status === 409) {
    const lines = err.fieldErrors().filter((e) => e.field.startsWith('lines'));
    showFormMessage(form, 'error', t('Một số sản phẩm không còn đủ hàng', 'Some items are short of stock'), translate(err.detail) || describeError(err),
      lines.length ? h('ul', {}, lines.map((e) => h('li', {}, e.message))) : null,
      h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary btn-small', href: '/cart.html', id: 'back-to-cart' }, t('Về giỏ hàng để sửa', 'Back to the cart to fix it'))));
    return;
  }
  if (err.status === 422) {
    showFormMessage(form, 'error', t('Chưa đặt được hàng', 'The order was not placed'), translate(err.detail) || describeError(err),
      h('div', { class: 'btn-row' },
        h('a', { class: 'btn btn-secondary btn-small', href: '/cart.html' }, t('Xem giỏ hàng', 'See the cart')),
        h('a', { class: 'btn btn-secondary btn-small', href: '/orders.html' }, t('Đơn hàng của tôi', 'My orders'))));
    return;
  }
  showFormMessage(form, 'error', t('Chưa đặt được hàng', 'The order was not placed'), describeError(err));
}

async function start() {
  if (!isSignedIn()) { loginRedirect(); return; }
  fill(root, loading(t('Đang chuẩn bị thanh toán…', 'Getting checkout ready…')));
  try {
    const user = await me;
    if (!user) { loginRedirect(); return; }
    if (!user.roles?.includes('SHOPPER')) {
      fill(root, h('h1', {}, t('Thanh toán', 'Checkout')), notice('info', t('Trang này dành cho người mua', 'This page is for shoppers'),
        t('Tài khoản của bạn không phải tài khoản người mua. Hãy đăng nhập bằng tài khoản người mua để đặt hàng.', 'Your account is not a shopper account. Please sign in with a shopper account to order.'),
        h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: storefrontPath('/') }, t('Về trang chủ', 'Back to the home page')))));
      setPageState('ready');
      return;
    }
    const buyNow = buyNowLine();
    const [cart, provinces, cod, saved] = await Promise.all([
      buyNow ? buyNowCart(buyNow) : get('/api/cart'),
      loadProvinces(),
      // without the answer the option stays offered; checkout itself still refuses what it must
      get('/api/checkout/cash-on-delivery').catch(() => null),
      savedAddresses(),
    ]);
    if (!buyNow) announceCart(cart);
    if (!cart.lines.length) {
      fill(root, h('h1', {}, t('Thanh toán', 'Checkout')),
        emptyState(t('Giỏ hàng đang trống', 'Your cart is empty'), t('Hãy chọn sản phẩm trước khi thanh toán.', 'Choose something before checking out.'),
          h('a', { class: 'btn', href: storefrontPath('/tim-kiem') }, t('Tìm sản phẩm', 'Search products'))));
      setPageState('ready');
      return;
    }
    const blocked = cart.readyForCheckout ? null : notice('warn', t('Giỏ hàng cần xem lại', 'The cart needs your attention'),
      t('Một số sản phẩm không đủ hàng, đã hết hoặc không còn bán. Hãy sửa giỏ hàng trước khi đặt.', 'Some items are short of stock, sold out or no longer on sale. Please fix the cart before ordering.'),
      h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary btn-small', href: '/cart.html' }, t('Về giỏ hàng', 'Back to the cart'))));
    const form = checkoutForm(user, provinces, cart, cod, saved, buyNow);
    if (blocked) form.querySelector('#place-order').disabled = true;
    fill(root,
      h('h1', {}, t('Thanh toán', 'Checkout')),
      blocked,
      h('div', { class: 'checkout-layout' }, form, summary(cart)));
    setPageState('ready');
  } catch (err) {
    fill(root, errorBox(err, { page: true, retry: start }));
    setPageState('error');
  }
}


start();
