// The service worker: makes the site installable and keeps the artisan's order list readable
// offline. Everything goes to the network first, so online nothing differs from having no worker
// and a deployment reaches every page at once; the saved copies are only what a failure falls
// back on.
//  - pages (navigations): network first; offline, the last copy of that address, else /offline.html.
//  - scripts, styles, pictures of the site itself: network first, the last copy offline.
//  - GET /api/my/orders (the workshop's order list, shop-orders.js): network first, the last copy
//    offline, saved under a digest of the bearer token that fetched it, so one account never
//    reads another's, and marked with the Lnm-Saved-At header so the page can say how old it is.
//  - every other /api answer, and anything not a same-origin GET: not touched at all.
// Change VERSION when this file's caching changes: the new worker takes over at once
// (skipWaiting, clients.claim) and deletes the caches of the old one.

const VERSION = 'v1';
const SHELL = `lnm-shell-${VERSION}`;
const PAGES = `lnm-pages-${VERSION}`;
// the only personal copies; api.js deletes every cache whose name starts lnm-personal- at sign-out
const PERSONAL = `lnm-personal-${VERSION}`;
const CURRENT = [SHELL, PAGES, PERSONAL];

const OFFLINE_PAGE = '/offline.html';
// what the offline page itself needs, saved at install so it shows even on a first offline visit
const PRECACHE = [OFFLINE_PAGE, '/css/site.css', '/img/logo.svg', '/manifest.webmanifest',
  '/img/icons/icon-192.png', '/img/icons/icon-512.png'];
const ORDER_LIST = '/api/my/orders';
// copies kept for offline use, the least recently saved dropped first (fingerprinted assets of
// older deployments fall out this way)
const MAX_PAGES = 60;
const MAX_ASSETS = 200;
const SAVED_AT = 'Lnm-Saved-At';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('lnm-') && !CURRENT.includes(n)).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === ORDER_LIST) {
    event.respondWith(orderList(request));
  } else if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    // every other API answer goes straight to the network, never into a cache
  } else if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (!request.headers.has('Authorization')) {
    event.respondWith(asset(request));
  }
});

async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && isHtml(response)) {
      // the address without its fragment; the query stays (shop-orders.html?status=SHIPPED is its own page)
      await save(PAGES, request.url.split('#')[0], response.clone(), MAX_PAGES);
    }
    return response;
  } catch (offline) {
    const saved = await caches.match(request, { cacheName: PAGES })
      || await caches.match(request, { cacheName: PAGES, ignoreSearch: true });
    return saved || (await caches.match(OFFLINE_PAGE, { cacheName: SHELL })) || Response.error();
  }
}

async function asset(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await save(SHELL, request, response.clone(), MAX_ASSETS);
    return response;
  } catch (offline) {
    return (await caches.match(request, { cacheName: SHELL })) || Response.error();
  }
}

async function orderList(request) {
  const authorization = request.headers.get('Authorization');
  // without a token the answer is a 401: nothing to save, nothing to show from a copy
  if (!authorization) return fetch(request);
  const account = await digest(authorization);
  const key = personalKey(request.url, account);
  const cache = await caches.open(PERSONAL);
  let response;
  try {
    response = await fetch(request);
  } catch (offline) {
    return (await cache.match(key)) || Response.error();
  }
  try {
    if (response.ok) {
      const headers = new Headers(response.headers);
      headers.set(SAVED_AT, new Date().toISOString());
      // the key already names the account; a Vary header would only stop the copy from matching
      headers.delete('Vary');
      const body = await response.clone().arrayBuffer();
      await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
    } else if (response.status === 401 || response.status === 403) {
      // the token is gone or not an artisan's: its copies must not outlive it
      const mine = (await cache.keys()).filter((r) => new URL(r.url).searchParams.get('account') === account);
      await Promise.all(mine.map((r) => cache.delete(r)));
    }
  } catch (notSaved) {
    // a full disk must not cost the artisan the answer the network gave
  }
  return response;
}

/** The cache key of a personal answer: its address plus a digest of the token that fetched it. */
function personalKey(address, account) {
  const url = new URL(address);
  url.hash = '';
  url.searchParams.set('account', account);
  return url.href;
}

async function digest(text) {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function isHtml(response) {
  return (response.headers.get('Content-Type') || '').startsWith('text/html');
}

/** Keeps a copy; a full disk must not cost the page the answer the network gave. */
async function save(cacheName, key, response, max) {
  try {
    const cache = await caches.open(cacheName);
    await cache.put(key, response);
    await trim(cache, max);
  } catch (notSaved) {
    // the previous copy, if any, stays
  }
}

async function trim(cache, max) {
  // keys() lists in insertion order; a copy saved again moves to the end (put deletes, then adds)
  const keys = (await cache.keys()).filter((k) => !PRECACHE.includes(new URL(k.url).pathname));
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((k) => cache.delete(k)));
}

// The page asks for the addresses it loaded before this worker controlled it (its first visit),
// so they are at hand offline too; only same-origin GETs outside /api are taken.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'save-page') return;
  event.waitUntil(savePage(event.data.page, event.data.assets || []));
});

async function savePage(pageUrl, assetUrls) {
  const sameSite = (u) => {
    try {
      const url = new URL(u, self.location.origin);
      return url.origin === self.location.origin && !url.pathname.startsWith('/api/') ? url : null;
    } catch {
      return null;
    }
  };
  const shell = await caches.open(SHELL);
  await Promise.all(assetUrls.map(sameSite).filter(Boolean).map(async (url) => {
    if (await shell.match(url.href)) return;
    try {
      const response = await fetch(url.href, { cache: 'no-cache' });
      if (response.ok) await shell.put(url.href, response);
    } catch {
      // offline again: the next visit saves it
    }
  }));
  const pageAddress = sameSite(pageUrl);
  if (pageAddress) {
    pageAddress.hash = '';
    const pages = await caches.open(PAGES);
    if (!(await pages.match(pageAddress.href))) {
      try {
        const response = await fetch(pageAddress.href, { cache: 'no-cache' });
        if (response.ok && isHtml(response)) await pages.put(pageAddress.href, response);
      } catch {
        // as above
      }
    }
  }
}
