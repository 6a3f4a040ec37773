// The visitor's language on pages built by scripts: English when the `lang` cookie says so (the
// switch /ngon-ngu sets it) or the server rendered the page in English; Vietnamese otherwise.
// Texts stay beside the code that shows them: t('Giỏ hàng', 'Cart').

const cookie = document.cookie.split('; ').find((c) => c.startsWith('lang='))?.slice(5);

export const LANG = cookie === 'en' || cookie === 'vi' ? cookie : (document.documentElement.lang === 'en' ? 'en' : 'vi');

if (document.documentElement.lang !== LANG) document.documentElement.lang = LANG;

/** The text for the visitor's language. */
export function t(vi, en) {
  return LANG === 'en' && en != null ? en : vi;
}

const STOREFRONT = /^\/(?:$|tim-kiem|san-pham\/|xuong\/|lang-nghe\/)/;

/** A storefront address in the visitor's language: English ones live under /en/. */
export function storefrontPath(path) {
  if (LANG !== 'en' || !STOREFRONT.test(path)) return path;
  return path === '/' ? '/en/' : `/en${path}`;
}
