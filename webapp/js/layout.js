// The frame every page shares: skip link, header (brand, search, navigation, account menu), footer.
// Usage: const { me } = mountLayout({ active: 'villages' });  me resolves to GET /api/me or null.
// The cart link (a#cart-link) shows GET /api/cart's itemCount: one request per page, none for
// accounts without a cart (artisans, officers). Pages that change or load the cart themselves pass
// { cart: false } and announce the new count with announceCart(cartView).

import { currentUser, get, isSignedIn, signOut } from '/js/api.js';
import { h, TIME_ZONE } from '/js/ui.js';
import { BILINGUAL, LANG, LOCALE, storefrontPath, t } from '/js/i18n.js';

export function mountLayout({ active = '', cart = true } = {}) {
  const main = document.querySelector('main') || document.body;
  if (!main.id) main.id = 'main';
  main.setAttribute('tabindex', '-1');

  // Storefront pages come with the header and footer rendered by the server: enhance them.
  let header = document.querySelector('header.site-header');
  let nav;
  let account;
  let cartLink;
  if (header) {
    nav = header.querySelector('.site-nav ul');
    account = header.querySelector('.site-account');
    cartLink = header.querySelector('#cart-link');
    if (BILINGUAL && !header.querySelector('.lang-switch')) header.querySelector('.site-tools')?.prepend(langSwitch());
    const form = header.querySelector('form.site-search');
    suggestions(form, form.querySelector('#site-search-q'), form.querySelector('.suggest-list'),
      form.querySelector('[role="status"]'));
  } else {
    const skip = h('a', { class: 'skip-link', href: `#${main.id}` }, t('Bỏ qua, đến nội dung chính', 'Skip to the main content'));
    nav = h('ul', {});
    account = h('div', { class: 'site-account' });
    cartLink = cartLinkElement(active);
    header = h('header', { class: 'site-header' },
      h('div', { class: 'wrap header-inner' },
        h('a', { class: 'brand', href: storefrontPath('/') },
          h('img', { src: '/img/logo.svg', alt: '', width: 36, height: 36 }),
          h('span', {}, 'Làng Nghề Market', h('small', {}, t('Hàng thủ công làng nghề Thái Bình', 'Crafts from Thái Bình\'s craft villages')))),
        searchForm(),
        h('nav', { class: 'site-nav', 'aria-label': t('Điều hướng chính', 'Main navigation') }, nav),
        h('div', { class: 'site-tools' }, BILINGUAL ? langSwitch() : null, cartLink, account)));
    document.body.prepend(skip, header);
    document.body.append(footer());
  }

  const render = (user) => {
    renderNav(nav, active, user);
    renderAccount(account, active, user);
  };
  render(undefined);
  const me = currentUser().catch(() => null);
  me.then(render);
  window.addEventListener('lnm:signed-out', () => render(null));
  window.addEventListener(CART_EVENT, (e) => showCartCount(cartLink, e.detail?.itemCount));
  me.then((user) => {
    if (!hasCart(user)) {
      cartLink.hidden = true;
    } else if (cart) {
      get('/api/cart').then((view) => showCartCount(cartLink, view?.itemCount)).catch(() => {});
    }
  });
  return { me };
}

/**
 * The link to the other language: /ngon-ngu sets the `lang` cookie and sends the visitor back to
 * this page (the server maps storefront pages to their /en/ twin and back).
 */
function langSwitch() {
  const other = LANG === 'en' ? 'vi' : 'en';
  const next = location.pathname + location.search + location.hash;
  return h('a', {
    class: 'lang-switch', href: `/ngon-ngu?lang=${other}&next=${encodeURIComponent(next)}`, hreflang: other, lang: other,
    title: other === 'en' ? 'Read this site in English' : 'Xem trang bằng tiếng Việt',
  }, other === 'en' ? 'English' : 'Tiếng Việt');
}

/** Sends the visitor to sign in, and back to this page afterwards. */
export function loginRedirect() {
  location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
}

/** For a page that needs a signed-in user: that user (from mountLayout's `me`), or null after sending the visitor to sign in. */
export async function signedInUser(me) {
  const user = isSignedIn() ? await me : null;
  if (!user) loginRedirect();
  return user;
}

const CART_EVENT = 'lnm:cart';

/** Anonymous visitors and shoppers have a cart; artisans and officers do not. */
export function hasCart(user) {
  return !user || Boolean(user.roles?.includes('SHOPPER'));
}

/** Tells the header the cart changed: pass the cart view the API answered. */
export function announceCart(view) {
  window.dispatchEvent(new CustomEvent(CART_EVENT, { detail: { itemCount: view?.itemCount ?? 0 } }));
}

function cartLinkElement(active) {
  return h('a', {
    id: 'cart-link', class: 'cart-link', href: '/cart.html', 'aria-current': active === 'cart' ? 'page' : null,
  },
  h('img', { class: 'cart-icon', src: '/img/cart.svg', alt: '', width: 22, height: 22 }),
  h('span', { class: 'cart-label' }, t('Giỏ hàng', 'Cart')),
  h('span', { class: 'cart-count', 'aria-hidden': 'true', hidden: true }),
  h('span', { class: 'visually-hidden cart-count-text' }));
}

function showCartCount(link, itemCount) {
  const n = Number(itemCount) || 0;
  const badge = link.querySelector('.cart-count');
  badge.textContent = n > 99 ? '99+' : String(n);
  badge.hidden = n === 0;
  link.dataset.count = String(n);
  link.querySelector('.cart-count-text').textContent = n ? t(`: ${n} sản phẩm`, `: ${n} ${n === 1 ? 'item' : 'items'}`) : t(': trống', ': empty');
}

function searchForm() {
  const q = new URLSearchParams(location.search).get('q') || '';
  const listId = 'site-search-suggestions';
  const input = h('input', {
    id: 'site-search-q', name: 'q', type: 'search', value: location.pathname === '/search.html' || /^(\/en)?\/tim-kiem$/.test(location.pathname) ? q : null,
    placeholder: t('Tìm vòng bạc, khăn đũi, chiếu cói…', 'Search silver bangles, silk scarves, sedge mats…'), autocomplete: 'off', enterkeyhint: 'search',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
  });
  const listbox = h('ul', { id: listId, class: 'suggest-list', role: 'listbox', 'aria-label': t('Gợi ý tìm kiếm', 'Search suggestions'), hidden: true });
  const status = h('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'site-search', role: 'search', action: storefrontPath('/tim-kiem'), method: 'get' },
    h('label', { class: 'visually-hidden', for: 'site-search-q' }, t('Tìm sản phẩm', 'Search products')),
    input,
    h('button', { type: 'submit' }, t('Tìm', 'Search')),
    listbox,
    status);
  suggestions(form, input, listbox, status);
  return form;
}

/**
 * Suggestions under the search box (the ARIA combobox pattern, list autocomplete): after two
 * characters and a pause, GET /api/search/suggest; arrows move, Enter chooses, Escape closes.
 * A suggestion with a product opens it; any other searches for its text. Errors are ignored: the
 * box still searches when suggestions cannot be had.
 */
function suggestions(form, input, listbox, status) {
  const MIN_CHARS = 2;
  const DELAY_MS = 150;
  let items = [];
  let active = -1;
  let timer = null;
  let request = null;

  const setActive = (index) => {
    active = index;
    const options = listbox.children;
    for (let i = 0; i < options.length; i++) options[i].setAttribute('aria-selected', String(i === active));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const open = () => {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const cancel = () => {
    clearTimeout(timer);
    request?.abort();
    request = null;
  };
  const choose = (index) => {
    const chosen = items[index];
    if (!chosen) return;
    close();
    cancel();
    if (chosen.productSlug) {
      location.href = storefrontPath(`/san-pham/${encodeURIComponent(chosen.productSlug)}`);
    } else if (chosen.villageSlug) {
      location.href = storefrontPath(`/lang-nghe/${encodeURIComponent(chosen.villageSlug)}`);
    } else {
      input.value = chosen.text;
      form.submit();
    }
  };
  const show = (list) => {
    items = list.filter((s) => s && typeof s.text === 'string' && s.text.trim()).slice(0, 10);
    listbox.replaceChildren(...items.map((s, i) => {
      const option = h('li', { id: `${listbox.id}-${i}`, class: 'suggest-option', role: 'option', 'aria-selected': 'false' },
        h('span', { class: 'suggest-text' }, s.text),
        h('span', { class: 'suggest-kind', 'aria-hidden': 'true' }, s.productSlug ? t('Sản phẩm', 'Product') : s.villageSlug ? t('Làng nghề', 'Craft villages') : t('Tìm kiếm', 'Search')));
      // Keep the focus in the box while the pointer chooses.
      option.addEventListener('mousedown', (e) => e.preventDefault());
      option.addEventListener('click', () => choose(i));
      return option;
    }));
    setActive(-1);
    if (items.length) {
      open();
      status.textContent = t(`${items.length} gợi ý. Dùng phím mũi tên lên, xuống để chọn.`,
        `${items.length} suggestions. Use the up and down arrow keys to choose.`);
    } else {
      close();
      status.textContent = '';
    }
  };
  const ask = async (text) => {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    try {
      const list = await get(`/api/search/suggest?q=${encodeURIComponent(text)}`, { signal: controller.signal });
      if (request !== controller || input.value.trim() !== text || document.activeElement !== input) return;
      show(Array.isArray(list) ? list : []);
    } catch {
      // Search may be down; the box still works without suggestions.
      if (request === controller) show([]);
    } finally {
      if (request === controller) request = null;
    }
  };

  input.addEventListener('input', () => {
    cancel();
    const text = input.value.trim();
    if (text.length < MIN_CHARS) {
      items = [];
      close();
      return;
    }
    timer = setTimeout(() => ask(text), DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.isComposing) return;
    const count = items.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!count) return;
      e.preventDefault();
      if (listbox.hidden) {
        open();
        setActive(e.key === 'ArrowDown' ? 0 : count - 1);
      } else if (e.key === 'ArrowDown') {
        setActive(active + 1 >= count ? 0 : active + 1);
      } else {
        setActive(active - 1 < 0 ? count - 1 : active - 1);
      }
    } else if (e.key === 'Enter') {
      if (!listbox.hidden && active >= 0) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) {
        e.preventDefault();
        close();
      }
    }
  });
  input.addEventListener('blur', close);
  form.addEventListener('submit', () => {
    cancel();
    close();
  });
  window.addEventListener('pageshow', close);
}

/** Trade officers and administrators read the province's sales reports. */
function isOfficer(user) {
  return Boolean(user?.roles?.some((r) => r === 'OFFICER' || r === 'ADMIN'));
}

function isAdmin(user) {
  return Boolean(user?.roles?.includes('ADMIN'));
}

/** user: undefined while we do not know yet, null when signed out. */
function renderNav(list, active, user) {
  const item = (key, href, text) => h('li', {},
    h('a', { href, 'aria-current': active === key ? 'page' : null }, text));
  const items = [item('villages', `${storefrontPath('/')}#lang-nghe`, t('Làng nghề', 'Craft villages')), item('new', `${storefrontPath('/')}#san-pham-moi`, t('Sản phẩm mới', 'New products'))];
  if (user?.roles?.includes('SHOPPER')) items.push(item('orders', '/orders.html', t('Đơn hàng của tôi', 'My orders')));
  if (user?.roles?.includes('ARTISAN')) {
    items.push(item('artisan', '/artisan.html', t('Cửa hàng của tôi', 'My shop')));
    items.push(item('shop-orders', '/shop-orders.html', t('Đơn của xưởng', 'Workshop orders')));
    items.push(item('shop-money', '/shop-money.html', t('Tiền của xưởng', 'Workshop money')));
  }
  if (user?.roles?.includes('DIGITAL_HELPER')) items.push(item('helper', '/helper.html', t('Hỗ trợ số', 'Digital help')));
  if (isOfficer(user)) {
    items.push(item('reports', '/reports.html', t('Báo cáo', 'Reports')));
    items.push(item('digital-helpers', '/digital-helpers.html', t('Người hỗ trợ số', 'Digital helpers')));
    items.push(item('vetting', '/shop-vetting.html', t('Duyệt cửa hàng', 'Shop vetting')));
    items.push(item('ocop', '/ocop-certificates.html', t('Giấy chứng nhận OCOP', 'OCOP certificates')));
    items.push(item('listing-reports', '/listing-reports.html', t('Phản ánh vi phạm', 'Listing reports')));
    items.push(item('disputes', '/disputes.html', t('Khiếu nại', 'Disputes')));
    items.push(item('payouts', '/payouts.html', t('Chi trả', 'Payouts')));
  }
  list.replaceChildren(...items);
}

function renderAccount(box, active, user) {
  if (user) {
    box.replaceChildren(...accountMenu(user));
  } else if (user === null) {
    const here = location.pathname + location.search + location.hash;
    const next = location.pathname === '/login.html' || location.pathname === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    box.replaceChildren(h('a', { class: 'nav-cta', href: `/login.html${next}`, 'aria-current': active === 'login' ? 'page' : null }, t('Đăng nhập', 'Sign in')));
  } else {
    box.replaceChildren();
  }
}

function accountMenu(user) {
  const menuId = 'account-menu';
  const name = user.displayName || user.email;
  const toggle = h('button', {
    type: 'button', class: 'account-toggle', 'aria-expanded': 'false', 'aria-controls': menuId,
    title: name,
  }, h('span', { class: 'visually-hidden' }, t('Tài khoản: ', 'Account: ')), name);
  const logout = h('button', { type: 'button' }, t('Đăng xuất', 'Sign out'));
  const menu = h('ul', { id: menuId, class: 'account-menu', hidden: true },
    h('li', { class: 'who' }, h('strong', {}, name), user.email),
    user.roles?.includes('SHOPPER') ? h('li', {}, h('a', { href: '/orders.html' }, t('Đơn hàng của tôi', 'My orders'))) : null,
    user.roles?.includes('SHOPPER') ? h('li', {}, h('a', { href: '/addresses.html' }, t('Sổ địa chỉ', 'Address book'))) : null,
    user.roles?.includes('ARTISAN') ? h('li', {}, h('a', { href: '/artisan.html' }, t('Cửa hàng của tôi', 'My shop'))) : null,
    user.roles?.includes('ARTISAN') ? h('li', {}, h('a', { href: '/shop-orders.html' }, t('Đơn của xưởng', 'Workshop orders'))) : null,
    user.roles?.includes('ARTISAN') ? h('li', {}, h('a', { href: '/shop-sales.html' }, t('Doanh số của xưởng', 'Workshop sales'))) : null,
    user.roles?.includes('ARTISAN') ? h('li', {}, h('a', { href: '/shop-money.html' }, t('Tiền của xưởng', 'Workshop money'))) : null,
    user.roles?.includes('ARTISAN') ? h('li', {}, h('a', { href: '/shop-reviews.html' }, t('Đánh giá của khách', 'Customer reviews'))) : null,
    isOfficer(user) ? h('li', {}, h('a', { href: '/reports.html' }, t('Báo cáo bán hàng', 'Sales reports'))) : null,
    isOfficer(user) ? h('li', {}, h('a', { href: '/shop-vetting.html' }, t('Duyệt cửa hàng', 'Shop vetting'))) : null,
    isOfficer(user) ? h('li', {}, h('a', { href: '/ocop-certificates.html' }, t('Giấy chứng nhận OCOP', 'OCOP certificates'))) : null,
    isOfficer(user) ? h('li', {}, h('a', { href: '/listing-reports.html' }, t('Phản ánh vi phạm', 'Listing reports'))) : null,
    isOfficer(user) ? h('li', {}, h('a', { href: '/disputes.html' }, t('Khiếu nại, tranh chấp', 'Complaints and disputes'))) : null,
    isOfficer(user) ? h('li', {}, h('a', { href: '/payouts.html' }, t('Chi trả cho xưởng', 'Payouts to workshops'))) : null,
    isOfficer(user) ? h('li', {}, h('a', { href: '/review-reports.html' }, t('Đánh giá bị báo cáo', 'Reported reviews'))) : null,
    h('li', {}, h('a', { href: '/my-data.html' }, t('Dữ liệu cá nhân', 'Personal data'))),
    isAdmin(user) ? h('li', {}, h('a', { href: '/privacy-admin.html' }, t('Nhật ký dữ liệu cá nhân', 'Personal data log'))) : null,
    user.shop?.status === 'APPROVED'
      ? h('li', {}, h('a', { href: storefrontPath(`/xuong/${encodeURIComponent(user.shop.slug)}`) }, t('Xem cửa hàng như khách', 'See the shop as visitors do')))
      : null,
    h('li', {}, logout));

  const setOpen = (open) => {
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(menu.hidden));
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { setOpen(false); toggle.focus(); }
  });
  toggle.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') setOpen(false);
  });
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !menu.contains(e.target) && !toggle.contains(e.target)) setOpen(false);
  });
  menu.addEventListener('focusout', (e) => {
    if (e.relatedTarget && !menu.contains(e.relatedTarget) && e.relatedTarget !== toggle) setOpen(false);
  });
  logout.addEventListener('click', async () => {
    logout.disabled = true;
    await signOut();
    location.href = '/';
  });
  return [toggle, menu];
}

function footer() {
  const year = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, year: 'numeric' }).format(new Date());
  return h('footer', { class: 'site-footer' },
    h('div', { class: 'wrap footer-inner' },
      h('section', { 'aria-labelledby': 'footer-about' },
        h('h2', { id: 'footer-about' }, 'Làng Nghề Market'),
        h('p', {}, t('Chợ trực tuyến của các làng nghề truyền thống Thái Bình, nay thuộc tỉnh Hưng Yên. '
          + 'Mỗi món hàng đi thẳng từ xưởng của người thợ đến tay bạn.',
        'The online market of Thái Bình\'s traditional craft villages, now in Hưng Yên province. '
          + 'Each piece goes straight from the maker\'s workshop to you.'))),
      h('section', { 'aria-labelledby': 'footer-explore' },
        h('h2', { id: 'footer-explore' }, t('Khám phá', 'Explore')),
        h('ul', {},
          h('li', {}, h('a', { href: `${storefrontPath('/')}#lang-nghe` }, t('Các làng nghề', 'Craft villages'))),
          h('li', {}, h('a', { href: `${storefrontPath('/')}#san-pham-moi` }, t('Sản phẩm mới', 'New products'))),
          h('li', {}, h('a', { href: storefrontPath('/tim-kiem') }, t('Tìm kiếm sản phẩm', 'Search products'))))),
      h('section', { 'aria-labelledby': 'footer-artisans' },
        h('h2', { id: 'footer-artisans' }, t('Dành cho nghệ nhân', 'For artisans')),
        h('ul', {},
          h('li', {}, h('a', { href: '/login.html?role=ARTISAN#dang-ky' }, t('Mở cửa hàng', 'Open a shop'))),
          h('li', {}, h('a', { href: '/artisan.html' }, t('Quản lý cửa hàng', 'Manage your shop'))))),
      h('section', { 'aria-labelledby': 'footer-policies', class: 'footer-policies' },
        h('h2', { id: 'footer-policies' }, t('Chính sách', 'Policies')),
        h('ul', {},
          h('li', {}, h('a', { href: '/quy-che-hoat-dong.html' }, t('Quy chế hoạt động', 'Operating rules'))),
          h('li', {}, h('a', { href: '/chinh-sach-doi-tra.html' }, t('Chính sách đổi trả và khiếu nại', 'Returns and complaints policy'))),
          h('li', {}, h('a', { href: '/chinh-sach-bao-mat.html' }, t('Chính sách bảo mật', 'Privacy policy'))),
          h('li', {}, h('a', { href: '/thong-tin-nguoi-van-hanh.html' }, t('Thông tin người vận hành', 'About the operator')))))),
    h('div', { class: 'footer-bottom' },
      h('div', { class: 'wrap' }, t(`© ${year} Làng Nghề Market · Giá niêm yết bằng đồng Việt Nam (₫) · Giờ Việt Nam (GMT+7)`,
        `© ${year} Làng Nghề Market · Prices in Vietnamese đồng (₫) · Vietnam time (GMT+7)`))));
}
