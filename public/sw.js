// Passage's service worker: once a page has been opened, the app opens again without a
// network. It keeps the app's own files only; API data is kept by the app itself, with the date
// it was saved, so the app can say honestly how fresh it is. Personal data is never cached here.
const CACHE = 'passage-app';
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return;

  if (HASHED.test(url.pathname)) {
    // Named by their content: never change, so the saved copy is always right.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const saved = await cache.match(request);
        if (saved) return saved;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }

  // Pages (every route is the same index.html) and other files: the network first, so a new
  // version is seen at once; the saved copy when offline.
  const key = request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith(
    fetch(request)
      .then(async (response) => {
        if (response.ok) {
          const cache = await caches.open(CACHE);
          await cache.put(key, response.clone());
        }
        return response;
      })
      .catch(async () => (await caches.match(key)) || Response.error()),
  );
});
