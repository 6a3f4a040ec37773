// The shopper's orders, newest first (GET /api/orders), with paging through ?page= in the address.
// Tabs by status (?status=, filtered by the server). Hooks for the browser test: #order-tabs a[data-status],
// #order-list > .order-summary[data-number][data-status], body[data-state].

import { ApiError, get, isSignedIn } from '/js/api.js';
import { storefrontPath, t } from '/js/i18n.js';
import { mountLayout } from '/js/layout.js';
import { zaloPhoneForm } from '/js/zalo-phone.js';
import {
  h, fill, loading, errorBox, emptyState, notice, pageParam, pager, hrefWithPage, setPageState, setTitle,
  price, formatNumber, formatDateTime, statusBadge, params, ORDER_STATUS,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'orders' });
setTitle(t('Đơn hàng của tôi', 'My orders'));

const PAGE_SIZE = 10;
const root = document.getElementById('orders');

/** The tabs: [value of ?status= and of the API's status filter, label]. */
const TABS = [
  ['', t('Tất cả', 'All')],
  ['PENDING_PAYMENT', t('Chờ thanh toán', 'Awaiting payment')],
  ['PROCESSING', t('Đang xử lý', 'Being prepared')],
  ['SHIPPING', t('Đang giao', 'On its way')],
  ['COMPLETED', t('Hoàn thành', 'Completed')],
  ['CLOSED', t('Đã huỷ', 'Cancelled')],
];

function tabs(current) {
  return h('nav', { id: 'order-tabs', class: 'order-tabs', 'aria-label': t('Lọc đơn theo trạng thái', 'Filter orders by status') },
    TABS.map(([value, label]) => h('a', {
      href: value ? `/orders.html?status=${value}` : '/orders.html',
      dataset: { status: value },
      class: value === current ? 'order-tab active' : 'order-tab',
      'aria-current': value === current ? 'page' : null,
    }, label)));
}

function loginRedirect() {
  location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
}

function summaryElement(o) {
  const href = `/order.html?number=${encodeURIComponent(o.orderNumber)}`;
  return h('li', { class: 'order-summary card', dataset: { number: o.orderNumber, status: o.status } },
    h('div', { class: 'order-summary-head' },
      h('h2', {}, h('a', { href }, t(`Đơn ${o.orderNumber}`, `Order ${o.orderNumber}`))),
      statusBadge(o.status, ORDER_STATUS)),
    h('p', { class: 'meta' }, t(`Đặt lúc ${formatDateTime(o.createdAt)} · ${formatNumber(o.itemCount)} sản phẩm`,
      `Placed ${formatDateTime(o.createdAt)} · ${formatNumber(o.itemCount)} ${o.itemCount === 1 ? 'item' : 'items'}`)),
    o.shops?.length ? h('p', { class: 'meta' }, t(`Từ ${o.shops.join(', ')}`, `From ${o.shops.join(', ')}`)) : null,
    h('p', { class: 'order-summary-total' }, t('Tổng: ', 'Total: '), h('strong', { class: 'price' }, price(o.totalVnd))),
    o.status === 'PENDING_PAYMENT' ? h('a', { class: 'btn btn-small', href }, t('Thanh toán', 'Pay')) : null);
}

async function load() {
  fill(root, loading(t('Đang tải đơn hàng…', 'Loading your orders…')));
  try {
    const wanted = params().get('status') || '';
    const status = TABS.some(([v]) => v === wanted) ? wanted : '';
    const q = new URLSearchParams({ page: String(pageParam()), size: String(PAGE_SIZE) });
    if (status) q.set('status', status);
    const page = await get(`/api/orders?${q}`);
    const head = h('div', { class: 'workspace-head' }, h('h1', {}, t('Đơn hàng của tôi', 'My orders')),
      page.total ? h('p', { class: 'muted' }, t(`${formatNumber(page.total)} đơn`, `${formatNumber(page.total)} ${page.total === 1 ? 'order' : 'orders'}`)) : null,
      h('a', { class: 'btn btn-quiet btn-small', href: '/addresses.html', id: 'address-book-link' }, t('Sổ địa chỉ', 'Address book')));
    if (!page.items.length) {
      fill(root, head, tabs(status), page.total
        ? notice('info', t('Trang này không còn đơn nào', 'No orders on this page any more'), null, h('a', { class: 'btn btn-secondary', href: hrefWithPage(0) }, t('Về trang đầu', 'Back to the first page')))
        : status
          ? emptyState(t('Không có đơn nào ở mục này', 'No orders here'), null, h('a', { class: 'btn btn-secondary', href: '/orders.html' }, t('Xem tất cả đơn', 'See all orders')))
          : emptyState(t('Bạn chưa có đơn hàng nào', 'You have no orders yet'), t('Các món hàng thủ công đang chờ bạn.', 'The handmade pieces are waiting for you.'), h('a', { class: 'btn', href: storefrontPath('/tim-kiem') }, t('Tìm sản phẩm', 'Search products'))));
    } else {
      fill(root, head, tabs(status), h('ul', { id: 'order-list', class: 'order-list' }, page.items.map(summaryElement)), pager(page, hrefWithPage));
    }
    root.append(zaloPhoneForm());
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    fill(root, errorBox(err, { page: true, retry: load }));
    setPageState('error');
  }
}

async function start() {
  if (!isSignedIn()) { loginRedirect(); return; }
  const user = await me;
  if (!user) { loginRedirect(); return; }
  if (!user.roles?.includes('SHOPPER')) {
    fill(root, h('h1', {}, t('Đơn hàng của tôi', 'My orders')), notice('info', t('Trang này dành cho người mua', 'This page is for shoppers'),
      t('Tài khoản của bạn không phải tài khoản người mua.', 'Your account is not a shopper account.'),
      user.roles?.includes('ARTISAN') ? h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: '/shop-orders.html' }, t('Xem đơn của xưởng', 'See the workshop\'s orders'))) : null));
    setPageState('ready');
    return;
  }
  await load();
}

start();
