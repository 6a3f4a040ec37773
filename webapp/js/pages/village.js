// A craft village's page, as the server rendered it at /lang-nghe/{slug} (and /en/…): its story,
// its commune now and before the 2025 reform, its products. This only enhances the shared header
// (account, cart count, search suggestions) and says the page is ready (body[data-state]).
// Hooks for the browser tests: h1#village-name, #village .story, #village-commune,
// #village-former-commune, #village-products.

import { mountLayout } from '/js/layout.js';
import { setPageState } from '/js/ui.js';

mountLayout({ active: 'villages' });
setPageState('ready');
