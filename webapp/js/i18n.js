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
