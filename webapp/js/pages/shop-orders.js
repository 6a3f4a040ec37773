// The artisan's order queue (GET /api/my/orders?status=&page=): each part of an order that is this
// workshop's, with where it goes, what to pack, and the next step: confirm, ship (through GHN, or
// another carrier and its tracking code), deliver, or cancel with a reason. The filter and page live in the address.
// Hooks for the browser test: #status-filter, #shop-order-list > .shop-order[data-id][data-status],
// buttons .act-confirm, .act-ship-ghn, .act-ship, .act-deliver, .act-returned, .act-cancel, links .act-label, .tracking-link,
// .tracking-code, .cod-collect, #saved-copy-note, body[data-state].
// Offline, the service worker (/sw.js) answers the list from the last copy this account saw, and
// the page says how old it is.

import { ApiError, currentUser, describeError, get, isSignedIn, post, translate } from '/js/api.js';
import { loginRedirect, mountLayout, signedInUser } from '/js/layout.js';
import { attachThreads } from '/js/order-thread.js';
import {
  h, fill, loading, errorBox, emptyState, notice, params, pageParam, pager, hrefWithPage, setPageState, setTitle,
  formatVnd, formatNumber, formatDateTime, historyActor, statusBadge, toast, ORDER_STATUS, SHOP_ORDER_STATUS,
} from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints } from '/js/forms.js';
import { confirmDialog } from '/js/ui.js';

const { me } = mountLayout({ active: 'shop-orders' });
setTitle('Đơn của xưởng');

const PAGE_SIZE = 20;
const FILTERS = [
  ['', 'Tất cả'], ['PAID', 'Chờ xác nhận'], ['CASH_ON_DELIVERY', 'Chờ xác nhận (thu tiền khi giao)'],
  ['CONFIRMED', 'Đã xác nhận'], ['SHIPPED', 'Đang giao'], ['DELIVERED', 'Đã giao'], ['RETURNED', 'Hoàn về'],
  ['CANCELLED', 'Đã huỷ'], ['PENDING_PAYMENT', 'Chờ thanh toán'], ['EXPIRED', 'Hết hạn'],
];

// Browsers compile `pattern` with the v flag, where / and - inside a class must be escaped; an
// invalid pattern is skipped silently, so the check would not run at all.
const TRACKING_CODE_PATTERN = '[A-Za-z0-9 ._\\/\\-]+';

const root = document.getElementById('shop-orders');

function problemText(err) {
  // nothing was booked: pressing again is safe, it never makes a second GHN order
  if (err instanceof ApiError && err.status === 503 && err.title === 'Carrier unavailable') {
    return 'GHN chưa phản hồi nên chưa tạo được đơn gửi hàng. Vui lòng bấm lại sau ít phút.';
  }
  if (err instanceof ApiError && err.status === 400 && err.errors.length) return err.fieldErrors().map((e) => e.message).join(' ');
  if (err instanceof ApiError && [409, 422].includes(err.status)) return translate(err.detail) || describeError(err);
  return describeError(err, { notFound: 'Không tìm thấy phần đơn này.' });
}

function filterForm(current) {
  const select = h('select', { id: 'status-filter', name: 'status' },
    FILTERS.map(([value, label]) => h('option', { value, selected: value === current }, label)));
  const form = h('form', { class: 'status-filter', method: 'get', action: '/shop-orders.html' },
    h('label', { for: 'status-filter' }, 'Lọc theo trạng thái'), select,
    h('button', { type: 'submit', class: 'btn btn-secondary btn-small' }, 'Lọc'));
  // choosing is enough; the button stays for keyboard users who want to confirm
  select.addEventListener('change', () => form.requestSubmit());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (select.value) p.set('status', select.value);
    location.assign(`/shop-orders.html${p.toString() ? `?${p}` : ''}`);
  });
  return form;
}

/** A small form under a part (ship, cancel), opened by its button. */
function actionForm(id, fields, submitLabel, onSubmit, danger = false) {
  const submit = h('button', { type: 'submit', class: danger ? 'btn btn-danger btn-small' : 'btn btn-small' }, submitLabel);
  const close = h('button', { type: 'button', class: 'btn btn-secondary btn-small' }, 'Đóng');
  const form = h('form', { id, class: 'form-grid action-form', hidden: true, novalidate: true },
    fields.map((f) => f.wrapper), h('div', { class: 'btn-row' }, submit, close));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    submit.disabled = true;
    try {
      await onSubmit(form);
    } finally {
      submit.disabled = false;
    }
  });
  return { form, close };
}

function partElement(task) {
  const message = h('div', { class: 'part-message', role: 'status', 'aria-live': 'polite' });
  const a = task.shipTo || {};
  const actions = h('div', { class: 'btn-row part-actions' });
  const forms = h('div', {});
  const element = h('li', { class: 'shop-order panel', dataset: { id: String(task.id), status: task.status } });

  const run = async (button, request, done) => {
    button.disabled = true;
    message.replaceChildren();
    try {
      const updated = await request();
      toast(done);
      replaceAndFocus(element, partElement(updated));
    } catch (err) {
      message.replaceChildren(notice('error', 'Chưa làm được', problemText(err)));
      button.disabled = false;
    }
  };
  const url = (step) => `/api/my/orders/${encodeURIComponent(task.id)}/${step}`;

  const cod = task.paymentMethod === 'COD';
  if (task.status === 'PAID' || task.status === 'CASH_ON_DELIVERY') {
    const confirm = h('button', { type: 'button', class: 'btn btn-small act-confirm' }, 'Xác nhận đơn');
    confirm.addEventListener('click', () => run(confirm, () => post(url('confirm')), 'Đã xác nhận đơn.'));
    actions.append(confirm);
  }
  if (task.status === 'CONFIRMED') {
    // GHN is booked through its API: its order code comes back, nothing to type
    const ghn = h('button', { type: 'button', class: 'btn btn-small act-ship-ghn' }, 'Gửi hàng qua GHN');
    ghn.addEventListener('click', () => run(ghn, () => post(url('ship'), { carrier: 'GHN' }), 'GHN đã nhận đơn gửi hàng.'));
    actions.append(ghn);
    const carrier = field({ name: 'carrier', label: 'Đơn vị vận chuyển', hint: 'Hãng khác, tự nhập mã vận đơn. Ví dụ: Viettel Post, VNPost.', attrs: { required: true, maxlength: 60, autocomplete: 'off', class: 'ship-carrier' } });
    const tracking = field({ name: 'trackingCode', label: 'Mã vận đơn', attrs: { required: true, maxlength: 60, pattern: TRACKING_CODE_PATTERN, 'data-pattern-message': 'Chỉ gồm chữ không dấu, số, khoảng trắng và . _ / -', autocomplete: 'off', class: 'ship-tracking' } });
    const toggle = h('button', { type: 'button', class: 'btn btn-small act-ship', 'aria-expanded': 'false', 'aria-controls': `ship-${task.id}` }, 'Gửi qua hãng khác');
    const { form, close } = actionForm(`ship-${task.id}`, [carrier, tracking], 'Xác nhận đã gửi', async (f) => {
      try {
        const updated = await post(url('ship'), { carrier: carrier.input.value.trim(), trackingCode: tracking.input.value.trim() });
        toast('Đã ghi nhận gửi hàng.');
        replaceAndFocus(element, partElement(updated));
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && err.errors.length) showErrors(f, err.fieldErrors());
        else showFormMessage(f, 'error', 'Chưa ghi nhận được', problemText(err));
      }
    });
    wireToggle(toggle, form, close, carrier.input);
    actions.append(toggle);
    forms.append(form);
  }
  // GHN's notices say when its parcels are delivered or back: the buttons are for other carriers
  if (task.status === 'SHIPPED' && !task.parcel) {
    const deliver = h('button', { type: 'button', class: 'btn btn-small act-deliver' }, 'Đã giao xong');
    // delivered closes the shopper's order: ask before one click does it
    deliver.addEventListener('click', async () => {
      const sure = await confirmDialog({
        title: 'Xác nhận đã giao xong?',
        text: 'Phần đơn chuyển sang "Đã giao" và đơn của người mua được đóng. Chỉ xác nhận khi người mua đã nhận hàng.',
        confirmLabel: 'Đã giao xong',
        cancelLabel: 'Chưa, quay lại',
      });
      if (sure) run(deliver, () => post(url('deliver')), 'Đã ghi nhận giao hàng.');
      else deliver.focus();
    });
    actions.append(deliver);
    // carriers without a webhook: the artisan says the parcel came back
    const why = field({ name: 'reason', label: 'Lý do hoàn', optional: true, hint: 'Ví dụ: người nhận không nghe máy, từ chối nhận.', control: h('textarea', { maxlength: 500, rows: 2 }) });
    const toggle = h('button', { type: 'button', class: 'btn btn-secondary btn-small act-returned', 'aria-expanded': 'false', 'aria-controls': `returned-${task.id}` }, 'Hàng bị hoàn về');
    const { form, close } = actionForm(`returned-${task.id}`, [why], 'Xác nhận hàng đã hoàn về', async (f) => {
      try {
        const updated = await post(url('returned'), { reason: why.input.value.trim() || null });
        toast('Đã ghi nhận hàng hoàn về; hàng đã trở lại kho.');
        replaceAndFocus(element, partElement(updated));
      } catch (err) {
        showFormMessage(f, 'error', 'Chưa ghi nhận được', problemText(err));
      }
    }, true);
    wireToggle(toggle, form, close, why.input);
    actions.append(toggle);
    forms.append(form);
  }
  if (['PAID', 'CASH_ON_DELIVERY', 'CONFIRMED'].includes(task.status) && ['PAID', 'CASH_ON_DELIVERY'].includes(task.orderStatus)) {
    const reason = field({ name: 'reason', label: 'Lý do huỷ', optional: true, hint: cod ? 'Người mua sẽ thấy lý do này. Đơn thu tiền khi giao nên không có tiền phải hoàn.' : 'Người mua sẽ thấy lý do này và được hoàn tiền phần của xưởng.', control: h('textarea', { maxlength: 500, rows: 2 }) });
    const toggle = h('button', { type: 'button', class: 'btn btn-danger btn-small act-cancel', 'aria-expanded': 'false', 'aria-controls': `cancel-${task.id}` }, 'Huỷ phần đơn');
    const { form, close } = actionForm(`cancel-${task.id}`, [reason], 'Xác nhận huỷ', async (f) => {
      try {
        const updated = await post(url('cancel'), { reason: reason.input.value.trim() || null });
        toast('Đã huỷ phần đơn của xưởng.');
        replaceAndFocus(element, partElement(updated));
      } catch (err) {
        showFormMessage(f, 'error', 'Chưa huỷ được', problemText(err));
      }
    }, true);
    wireToggle(toggle, form, close, reason.input);
    actions.append(toggle);
    forms.append(form);
  }

  const history = [...(task.history || [])].filter((c) => c.shopOrderId == null || c.shopOrderId === task.id)
    .sort((x, y) => Date.parse(x.at) - Date.parse(y.at));

  // fill skips the null of a part without buttons or history (append would print "null")
  fill(element,
    h('div', { class: 'part-head' },
      h('h2', { tabindex: '-1' }, `Đơn ${task.orderNumber}`),
      statusBadge(task.status, SHOP_ORDER_STATUS)),
    h('p', { class: 'meta' }, `Đặt lúc ${formatDateTime(task.orderedAt)}`,
      task.paidAt ? ` · thanh toán lúc ${formatDateTime(task.paidAt)}` : '',
      task.orderStatus && !['PAID', 'CASH_ON_DELIVERY'].includes(task.orderStatus) ? ` · đơn của khách: ${ORDER_STATUS[task.orderStatus]?.label || task.orderStatus}` : ''),
    h('div', { class: 'part-grid' },
      h('div', {},
        h('h3', {}, 'Giao đến'),
        h('address', { class: 'ship-to' }, h('strong', {}, a.name), h('br'),
          h('a', { href: `tel:${a.phone}` }, a.phone), h('br'), a.line1, h('br'),
          [a.communeName, a.provinceName].filter(Boolean).join(', ')),
        task.note ? h('p', { class: 'small' }, h('strong', {}, 'Ghi chú của khách: '), task.note) : null,
        task.carrier || task.trackingCode
          ? h('p', { class: 'tracking' }, 'Đã gửi qua ', h('strong', {}, task.carrier || ''),
            task.trackingCode ? [' · mã ', h('strong', { class: 'tracking-code' }, task.trackingCode)] : null,
            task.parcel ? [' · ', h('span', { class: 'parcel-status' }, task.parcel.statusLabel)] : null)
          : null,
        task.trackingUrl || task.parcel
          ? h('p', { class: 'btn-row' },
            task.parcel ? h('a', { class: 'btn btn-secondary btn-small act-label', href: `/shipping-label.html?shopOrder=${encodeURIComponent(task.id)}` }, 'In phiếu gửi hàng') : null,
            task.trackingUrl ? h('a', { class: 'btn btn-secondary btn-small tracking-link', href: task.trackingUrl, target: '_blank', rel: 'noopener' }, 'Theo dõi vận đơn') : null)
          : null),
      h('div', {},
        h('h3', {}, 'Cần đóng gói'),
        h('ul', { class: 'order-lines' }, task.lines.map((l) => h('li', {},
          h('span', { class: 'summary-title' }, l.title, l.options ? h('small', {}, l.options) : null,
            h('small', {}, `Mã ${l.sku} · ${formatNumber(l.quantity)} × ${formatVnd(l.unitPriceVnd)}`)),
          h('span', { class: 'price' }, formatVnd(l.lineTotalVnd))))),
        h('dl', { class: 'totals' },
          h('div', {}, h('dt', {}, 'Tiền hàng'), h('dd', {}, formatVnd(task.itemsTotalVnd))),
          h('div', {}, h('dt', {}, `Phí vận chuyển (${formatNumber(task.weightGrams)} g)`), h('dd', {}, formatVnd(task.shippingVnd))),
          h('div', { class: 'grand' }, h('dt', {}, 'Cộng'), h('dd', {}, formatVnd(task.totalVnd))),
          cod ? h('div', { class: 'cod-collect' }, h('dt', {}, 'Thu hộ khi giao (COD)'), h('dd', { class: 'price' }, formatVnd(task.codVnd))) : null),
        cod ? h('p', { class: 'small cod-state' }, codState(task)) : null,
        partLedger(task.ledger))),
    actions.childElementCount ? actions : null,
    forms,
    message,
    history.length
      ? h('details', { class: 'part-history' }, h('summary', {}, 'Lịch sử'),
        h('ol', { class: 'history' }, history.map((c) => {
          const labels = c.shopOrderId == null ? ORDER_STATUS : SHOP_ORDER_STATUS;
          const label = (s) => labels[s]?.label || s;
          return h('li', {}, h('time', { datetime: c.at }, formatDateTime(c.at)),
            h('span', {}, c.shopOrderId == null ? 'Đơn: ' : 'Phần của xưởng: ', h('strong', {}, c.from ? `${label(c.from)} → ${label(c.to)}` : label(c.to))),
            h('span', { class: 'muted small' }, historyActor(c)));
        })))
      : null);
  return element;
}

/** Where a cash-on-delivery part's money is. */
function codState(task) {
  if (task.codSettledAt) return `Đơn vị vận chuyển đã chuyển tiền thu hộ ngày ${formatDateTime(task.codSettledAt)}.`;
  if (task.status === 'DELIVERED') return 'Đã giao; chờ đơn vị vận chuyển chuyển tiền thu hộ.';
  if (task.status === 'RETURNED' || task.status === 'CANCELLED') return 'Không thu tiền: phần đơn không giao.';
  return `Người giao thu của khách ${formatVnd(task.codVnd)} khi giao hàng.`;
}

/** The part's sale in the ledger (and its reversal, if cancelled): what the workshop receives. */
function partLedger(entries) {
  const sale = (entries || []).find((e) => e.kind === 'SALE');
  if (!sale) return null;
  const reversed = entries.some((e) => e.kind === 'REVERSAL');
  const row = (label, amount, cls) => h('div', { class: cls }, h('dt', {}, label), h('dd', {}, formatVnd(amount)));
  return h('dl', { class: 'totals part-ledger' },
    row('Phí sàn', sale.commissionVnd ? -sale.commissionVnd : 0),
    row('Thuế GTGT, TNCN sàn khấu trừ', sale.vatWithheldVnd + sale.pitWithheldVnd ? -(sale.vatWithheldVnd + sale.pitWithheldVnd) : 0),
    row(reversed ? 'Xưởng thực nhận (đã hoàn lại do huỷ)' : 'Xưởng thực nhận', reversed ? 0 : sale.netVnd, 'grand'));
}

/** Swaps in the part's new state and puts focus on its next step (or its heading when none is left). */
function replaceAndFocus(old, fresh) {
  old.replaceWith(fresh);
  (fresh.querySelector('.part-actions button') || fresh.querySelector('h2')).focus();
}

function wireToggle(toggle, form, close, firstInput) {
  const setOpen = (open) => {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) firstInput.focus(); else toggle.focus();
  };
  toggle.addEventListener('click', () => setOpen(form.hidden));
  close.addEventListener('click', () => setOpen(false));
}

async function load() {
  const status = params().get('status') || '';
  const known = FILTERS.some(([v]) => v === status);
  fill(root, loading('Đang tải đơn của xưởng…'));
  try {
    const q = new URLSearchParams({ page: String(pageParam()), size: String(PAGE_SIZE) });
    if (status && known) q.set('status', status);
    let savedAt = null;
    const page = await get(`/api/my/orders?${q}`, { onResponse: (r) => { savedAt = r.headers.get('Lnm-Saved-At'); } });
    const head = h('div', { class: 'workspace-head' },
      h('h1', {}, 'Đơn của xưởng'),
      h('div', { class: 'btn-row' },
        h('a', { class: 'btn btn-secondary btn-small', href: '/shop-inbox.html', id: 'shop-inbox-link' }, 'Tin nhắn và câu hỏi'),
        h('a', { class: 'btn btn-secondary btn-small', href: '/shop-ledger.html', id: 'shop-ledger-link' }, 'Sổ doanh thu'),
        h('a', { class: 'btn btn-secondary btn-small', href: '/shop-sales.html', id: 'shop-sales-link' }, 'Doanh số'),
        h('a', { class: 'btn btn-secondary btn-small', href: '/artisan.html' }, 'Cửa hàng của tôi')));
    const list = page.items.length
      ? [h('ul', { id: 'shop-order-list', class: 'shop-order-list' }, page.items.map(partElement)), pager(page, hrefWithPage)]
      : emptyState(status ? 'Không có đơn nào ở trạng thái này' : 'Xưởng chưa có đơn nào',
        status ? null : 'Khi khách thanh toán, đơn sẽ hiện ở đây để bạn xác nhận và gửi hàng.');
    fill(root, head, savedAt ? savedCopyNote(savedAt) : null, filterForm(known ? status : ''),
      page.total ? h('p', { class: 'muted' }, `${formatNumber(page.total)} phần đơn`) : null, list);
    attachThreads(root, '.shop-order', (id) => `/api/my/orders/${id}/messages`, { title: 'Nhắn tin với khách', otherSide: 'khách' });
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    fill(root, errorBox(err, { page: true, retry: load }));
    setPageState('error');
  }
}

/** Says the list is the copy saved on this device (the network did not answer) and from when. */
function savedCopyNote(savedAt) {
  return h('div', { id: 'saved-copy-note', class: 'notice notice-warn', role: 'status' },
    h('p', {}, h('strong', {}, `Mất kết nối: đang xem bản lưu lúc ${formatDateTime(savedAt)}.`),
      ' Đơn mới và thay đổi sau lúc đó chưa hiện ở đây; các nút thao tác cần có mạng.'));
}

/** Offline: /api/me cannot answer (no copy of it is kept), but the token is here, so the list can. */
async function offlineButSignedIn() {
  try {
    await currentUser();
    return false;
  } catch (err) {
    return err instanceof ApiError && err.status === 0 && isSignedIn();
  }
}

async function start() {
  if (await offlineButSignedIn()) {
    await load();
    return;
  }
  const user = await signedInUser(me);
  if (!user) return;
  if (!user.roles?.includes('ARTISAN')) {
    fill(root, h('h1', {}, 'Đơn của xưởng'), notice('info', 'Trang này dành cho nghệ nhân',
      'Tài khoản của bạn là tài khoản người mua.',
      h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: '/orders.html' }, 'Đơn hàng của tôi'))));
    setPageState('ready');
    return;
  }
  await load();
}

start();
