// A shop's page, as the server rendered it at /xuong/{slug} (and /en/…): who they are, their
// village, the maker's story, their products. This only enhances the shared header (account,
// cart count, search suggestions) and says the page is ready (body[data-state]).
// Hooks for the browser tests: h1#shop-name, #shop-trust, #shop-owner-photo, #shop-story,
// #shop-village, #shop-joined, #shop-sold, #shop-return-policy, #shop-rating, #shop-response-time.

import { mountLayout } from '/js/layout.js';
import { setPageState } from '/js/ui.js';

mountLayout({ active: 'shop' });
setPageState('ready');
