// Home, as the server rendered it at / (and /en/): hero, the craft villages, the newest products.
// Nothing here is built by script any more; this only enhances the shared header (account, cart
// count, search suggestions) and says the page is ready (body[data-state]).

import { mountLayout } from '/js/layout.js';
import { setPageState } from '/js/ui.js';

mountLayout({ active: 'home' });
setPageState('ready');
