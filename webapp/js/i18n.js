// The visitor's language on pages built or enhanced by scripts, numbers, dates and the approximate
// dollars in it. Texts stay beside the code that shows them: t('Giỏ hàng', 'Cart').

// Which language a page speaks:
// - a storefront page the server rendered (/, /tim-kiem, /san-pham/…, /xuong/…, /lang-nghe/…, each
//   also under /en/) says it in <html lang>: the scripts enhancing it follow the server;
// - the shopper's script-built pages (cart to order, sign-in, addresses…) follow the `lang` cookie;
// - every other page (the artisans' and officers' desks) stays Vietnamese, so the shared widgets
//   there read Vietnamese whatever the cookie says.
const cookie = document.cookie.split('; ').find((c) => c.startsWith('lang='))?.slice(5);
const SERVER_RENDERED = /^\/(?:en\/)?(?:$|tim-kiem$|san-pham\/|xuong\/|lang-nghe\/)/;
const SHOPPER_PAGES = /^\/(?:index|cart|checkout|login|password-reset|orders|order|payment-result|pay-card|addresses|product|shop|village|search)\.html$/;

function pageLanguage(path) {
  if (SERVER_RENDERED.test(path)) return document.documentElement.lang === 'en' ? 'en' : 'vi';
  if (SHOPPER_PAGES.test(path)) return cookie === 'en' ? 'en' : 'vi';
  return 'vi';
}

export const LANG = pageLanguage(location.pathname);

// Arriving on an English storefront page (a shared /en/ link) with no choice made yet: remember
// English, so the cart and checkout that follow speak it too.
if (!cookie && LANG === 'en' && SERVER_RENDERED.test(location.pathname)) {
  document.cookie = `lang=en; path=/; max-age=${365 * 24 * 3600}; samesite=lax`;
}

/** Whether this page comes in English too (the header offers the switch only there). */
export const BILINGUAL = SERVER_RENDERED.test(location.pathname) || SHOPPER_PAGES.test(location.pathname);

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

/** The locale for numbers and dates: Vietnamese "1.250" and "1/12/2026", English "1,250" and "1 Dec 2026". */
export const LOCALE = LANG === 'en' ? 'en-GB' : 'vi-VN';

let ratePromise = null;

/**
 * The rate behind the approximate dollars (GET /api/site/exchange-rate → {vndPerUsd, date}),
 * fetched once per page and only on English pages; null on Vietnamese ones or when it cannot be
 * had (the prices in VND stand alone then).
 */
export function exchangeRate() {
  if (ratePromise) return ratePromise;
  ratePromise = LANG !== 'en'
    ? Promise.resolve(null)
    : fetch('/api/site/exchange-rate', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((rate) => (rate && Number(rate.vndPerUsd) > 0 ? rate : null))
      .catch(() => null);
  return ratePromise;
}

const usd = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1250000 at 26300 → "≈ US$47.53" (to the cent, half up, as the server's ExchangeRate.Rate.usd). */
export function approxUsd(amountVnd, rate) {
  if (!rate || amountVnd === null || amountVnd === undefined || Number.isNaN(Number(amountVnd))) return '';
  const cents = Math.round((Number(amountVnd) * 100) / Number(rate.vndPerUsd));
  return `≈ US$${usd.format(cents / 100)}`;
}

/** "US$ at 26,300 ₫ per dollar, 1 Dec 2026": said once on a page that shows approximate dollars. */
export function rateNote(rate) {
  if (!rate) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(rate.date || '')
    ? new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })
      .format(new Date(`${rate.date}T00:00:00Z`))
    : '';
  const per = new Intl.NumberFormat('en-GB').format(Number(rate.vndPerUsd));
  return `US$ at ${per} ₫ per dollar${day ? `, ${day}` : ''}; you pay in VND.`;
}

/**
 * English for a text the static page carries (its h1, a lead paragraph): set on English pages,
 * left as the HTML has it on Vietnamese ones.
 */
export function staticText(selector, en) {
  if (LANG !== 'en') return;
  const el = document.querySelector(selector);
  if (el) el.textContent = en;
}
