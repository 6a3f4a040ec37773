// Puts the site's service worker (/sw.js, scope /) in place: it makes the site installable for
// artisans and keeps their order list readable offline. Loaded by every page; a browser without
// service workers (or a page not served over HTTPS or from localhost) simply goes without.
// Hook for the browser test: html[data-sw] = "ready" once a worker controls the page.

if ('serviceWorker' in navigator) {
  // module scripts run after parsing: the page's own scripts and pictures are already asked for
  const controlledAtLoad = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // on the first visit the page loaded before the worker existed: ask it to save what the page
      // used, so the page opens offline afterwards
      if (!controlledAtLoad) {
        registration.active?.postMessage({
          type: 'save-page',
          page: location.href,
          assets: performance.getEntriesByType('resource').map((entry) => entry.name),
        });
      }
    })
    .catch(() => {
      // no worker: the site works as before, only not offline
    });
  const markControlled = () => {
    if (navigator.serviceWorker.controller) document.documentElement.dataset.sw = 'ready';
  };
  markControlled();
  navigator.serviceWorker.addEventListener('controllerchange', markControlled);
}
