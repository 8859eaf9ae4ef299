// Maillage's service worker: keeps every file of one build of the app (the
// hashed wasm and js included) so that the app starts with no network after
// a first visit, the projector's audience window too. The build writes the
// list of files and a version into this file (tools/post_build.mjs), so
// each build is a new worker: it is fetched and installed in the
// background, and waits until the app — asked by the user — lets it take
// over. Data never goes through here: it lives in IndexedDB.
const VERSION = '__MAILLAGE_VERSION__';
const FILES = __MAILLAGE_FILES__;
const CACHE = `maillage-${VERSION}`;
const scoped = (file) => new URL(file, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(scoped(f), { cache: 'reload' })))),
  );
  // No skipWaiting here: a new version waits for the app's word.
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('maillage-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'maillage:activate') self.skipWaiting();
  if (event.data === 'maillage:version') event.source?.postMessage({ version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The app is one page: every address of it is index.html (screens are in the #).
    const key = request.mode === 'navigate' ? scoped('index.html') : request;
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (hit) return hit;
    return fetch(request);
  })());
});
