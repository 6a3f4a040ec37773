// The frame every page shares: skip link, header (brand, search, navigation, account menu), footer.
// Usage: const { me } = mountLayout({ active: 'villages' });  me resolves to GET /api/me or null.

import { currentUser, signOut } from '/js/api.js';
import { h, TIME_ZONE } from '/js/ui.js';

export function mountLayout({ active = '' } = {}) {
  const main = document.querySelector('main') || document.body;
  if (!main.id) main.id = 'main';
  main.setAttribute('tabindex', '-1');

  const skip = h('a', { class: 'skip-link', href: `#${main.id}` }, 'Bỏ qua, đến nội dung chính');
  const nav = h('ul', {});
  const account = h('div', { class: 'site-account' });
  const header = h('header', { class: 'site-header' },
    h('div', { class: 'wrap header-inner' },
      h('a', { class: 'brand', href: '/' },
        h('img', { src: '/img/logo.svg', alt: '', width: 36, height: 36 }),
        h('span', {}, 'Làng Nghề Market', h('small', {}, 'Hàng thủ công làng nghề Thái Bình'))),
      searchForm(),
      h('nav', { class: 'site-nav', 'aria-label': 'Điều hướng chính' }, nav),
      account));
  document.body.prepend(skip, header);
  document.body.append(footer());

  const render = (user) => {
    renderNav(nav, active, user);
    renderAccount(account, active, user);
  };
  render(undefined);
  const me = currentUser().catch(() => null);
  me.then(render);
  window.addEventListener('lnm:signed-out', () => render(null));
  return { me };
}

function searchForm() {
  const q = new URLSearchParams(location.search).get('q') || '';
  return h('form', { class: 'site-search', role: 'search', action: '/search.html', method: 'get' },
    h('label', { class: 'visually-hidden', for: 'site-search-q' }, 'Tìm sản phẩm'),
    h('input', {
      id: 'site-search-q', name: 'q', type: 'search', value: location.pathname === '/search.html' ? q : null,
      placeholder: 'Tìm vòng bạc, khăn đũi, chiếu cói…', autocomplete: 'off', enterkeyhint: 'search',
    }),
    h('button', { type: 'submit' }, 'Tìm'));
}

/** user: undefined while we do not know yet, null when signed out. */
function renderNav(list, active, user) {
  const item = (key, href, text) => h('li', {},
    h('a', { href, 'aria-current': active === key ? 'page' : null }, text));
  const items = [item('villages', '/#lang-nghe', 'Làng nghề'), item('new', '/#san-pham-moi', 'Sản phẩm mới')];
  if (user?.roles?.includes('ARTISAN')) items.push(item('artisan', '/artisan.html', 'Cửa hàng của tôi'));
  list.replaceChildren(...items);
}

function renderAccount(box, active, user) {
  if (user) {
    box.replaceChildren(...accountMenu(user));
  } else if (user === null) {
    const here = location.pathname + location.search + location.hash;
    const next = location.pathname === '/login.html' || location.pathname === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    box.replaceChildren(h('a', { class: 'nav-cta', href: `/login.html${next}`, 'aria-current': active === 'login' ? 'page' : null }, 'Đăng nhập'));
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
  }, h('span', { class: 'visually-hidden' }, 'Tài khoản: '), name);
  const logout = h('button', { type: 'button' }, 'Đăng xuất');
  const menu = h('ul', { id: menuId, class: 'account-menu', hidden: true },
    h('li', { class: 'who' }, h('strong', {}, name), user.email),
    user.roles?.includes('ARTISAN') ? h('li', {}, h('a', { href: '/artisan.html' }, 'Cửa hàng của tôi')) : null,
    user.shop?.status === 'APPROVED'
      ? h('li', {}, h('a', { href: `/shop.html?slug=${encodeURIComponent(user.shop.slug)}` }, 'Xem cửa hàng như khách'))
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
  const year = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, year: 'numeric' }).format(new Date());
  return h('footer', { class: 'site-footer' },
    h('div', { class: 'wrap footer-inner' },
      h('section', { 'aria-labelledby': 'footer-about' },
        h('h2', { id: 'footer-about' }, 'Làng Nghề Market'),
        h('p', {}, 'Chợ trực tuyến của các làng nghề truyền thống Thái Bình, nay thuộc tỉnh Hưng Yên. '
          + 'Mỗi món hàng đi thẳng từ xưởng của người thợ đến tay bạn.')),
      h('section', { 'aria-labelledby': 'footer-explore' },
        h('h2', { id: 'footer-explore' }, 'Khám phá'),
        h('ul', {},
          h('li', {}, h('a', { href: '/#lang-nghe' }, 'Các làng nghề')),
          h('li', {}, h('a', { href: '/#san-pham-moi' }, 'Sản phẩm mới')))),
      h('section', { 'aria-labelledby': 'footer-artisans' },
        h('h2', { id: 'footer-artisans' }, 'Dành cho nghệ nhân'),
        h('ul', {},
          h('li', {}, h('a', { href: '/login.html?role=ARTISAN#dang-ky' }, 'Mở cửa hàng')),
          h('li', {}, h('a', { href: '/artisan.html' }, 'Quản lý cửa hàng'))))),
    h('div', { class: 'footer-bottom' },
      h('div', { class: 'wrap' }, `© ${year} Làng Nghề Market · Giá niêm yết bằng đồng Việt Nam (₫) · Giờ Việt Nam (GMT+7)`)));
}
