// The shopper's orders, newest first (GET /api/orders), with paging through ?page= in the address.
// Tabs by status (?status=, filtered by the server). Hooks for the browser test: #order-tabs a[data-status],
// #order-list > .order-summary[data-number][data-status], body[data-state].

import { ApiError, get, isSignedIn } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { zaloPhoneForm } from '/js/zalo-phone.js';
import {
  h, fill, loading, errorBox, emptyState, notice, pageParam, pager, hrefWithPage, setPageState, setTitle,
  formatVnd, formatNumber, formatDateTime, statusBadge, params, ORDER_STATUS,
} from '/js/ui.js';

const { me } = mountLayout({ active: 'orders' });
setTitle('Đơn hàng của tôi');

const PAGE_SIZE = 10;
const root = document.getElementById('orders');

/** The tabs: [value of ?status= and of the API's status filter, label]. */
const TABS = [
  ['', 'Tất cả'],
  ['PENDING_PAYMENT', 'Chờ thanh toán'],
  ['PROCESSING', 'Đang xử lý'],
  ['SHIPPING', 'Đang giao'],
  ['COMPLETED', 'Hoàn thành'],
  ['CLOSED', 'Đã huỷ'],
];

function tabs(current) {
  return h('nav', { id: 'order-tabs', class: 'order-tabs', 'aria-label': 'Lọc đơn theo trạng thái' },
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
      h('h2', {}, h('a', { href }, `Đơn ${o.orderNumber}`)),
      statusBadge(o.status, ORDER_STATUS)),
    h('p', { class: 'meta' }, `Đặt lúc ${formatDateTime(o.createdAt)} · ${formatNumber(o.itemCount)} sản phẩm`),
    o.shops?.length ? h('p', { class: 'meta' }, `Từ ${o.shops.join(', ')}`) : null,
    h('p', { class: 'order-summary-total' }, 'Tổng: ', h('strong', { class: 'price' }, formatVnd(o.totalVnd))),
    o.status === 'PENDING_PAYMENT' ? h('a', { class: 'btn btn-small', href }, 'Thanh toán') : null);
}

async function load() {
  fill(root, loading('Đang tải đơn hàng…'));
  try {
    const wanted = params().get('status') || '';
    const status = TABS.some(([v]) => v === wanted) ? wanted : '';
    const q = new URLSearchParams({ page: String(pageParam()), size: String(PAGE_SIZE) });
    if (status) q.set('status', status);
    const page = await get(`/api/orders?${q}`);
    const head = h('div', { class: 'workspace-head' }, h('h1', {}, 'Đơn hàng của tôi'),
      page.total ? h('p', { class: 'muted' }, `${formatNumber(page.total)} đơn`) : null,
      h('a', { class: 'btn btn-quiet btn-small', href: '/addresses.html', id: 'address-book-link' }, 'Sổ địa chỉ'));
    if (!page.items.length) {
      fill(root, head, tabs(status), page.total
        ? notice('info', 'Trang này không còn đơn nào', null, h('a', { class: 'btn btn-secondary', href: hrefWithPage(0) }, 'Về trang đầu'))
        : status
          ? emptyState('Không có đơn nào ở mục này', null, h('a', { class: 'btn btn-secondary', href: '/orders.html' }, 'Xem tất cả đơn'))
          : emptyState('Bạn chưa có đơn hàng nào', 'Các món hàng thủ công đang chờ bạn.', h('a', { class: 'btn', href: '/search.html' }, 'Tìm sản phẩm')));
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
    fill(root, h('h1', {}, 'Đơn hàng của tôi'), notice('info', 'Trang này dành cho người mua',
      'Tài khoản của bạn không phải tài khoản người mua.',
      user.roles?.includes('ARTISAN') ? h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: '/shop-orders.html' }, 'Xem đơn của xưởng')) : null));
    setPageState('ready');
    return;
  }
  await load();
}

start();
