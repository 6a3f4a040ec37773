// The law pages (operating rules, returns and complaints, privacy, operator): static Vietnamese text
// whose operator details and promised figures come from GET /api/site/operator, so a deployment
// states its own name, registration and contact. Elements marked data-operator="name" (…) take a
// value; data-if="registration" shows only when that value is configured. If the API cannot be
// reached the page keeps its printed defaults and still shows.
// Hooks for tests: body[data-state], [data-operator], [data-policy].

import { get } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { setPageState } from '/js/ui.js';

mountLayout({ active: 'law' });

function show(details) {
  for (const el of document.querySelectorAll('[data-operator], [data-policy]')) {
    const key = el.dataset.operator || el.dataset.policy;
    const value = details[key];
    if (value !== undefined && value !== null && value !== '') el.textContent = String(value);
  }
  for (const el of document.querySelectorAll('[data-operator-href]')) {
    const url = details[el.dataset.operatorHref];
    if (url && url.startsWith('https://')) el.href = url;
  }
  for (const el of document.querySelectorAll('[data-if]')) {
    el.hidden = !details[el.dataset.if];
  }
  const mail = document.querySelectorAll('a[data-mail]');
  for (const a of mail) if (details.email) a.href = `mailto:${details.email}`;
}

async function main() {
  try {
    show(await get('/api/site/operator'));
  } catch {
    // the printed defaults stay
  }
  setPageState('ready');
}

main();
