/**
 * Browser mode only: keeps the workstation's own files so a reload with no
 * network still opens the app (field staff reload at the scene). API calls
 * are never cached: the app's data lives in IndexedDB, not here.
 */
const worker = self as unknown as ServiceWorkerGlobalScope;

const CACHE = 'workstation-shell-v2';

worker.addEventListener('install', (event) => {
  // The whole app, not only what this visit loaded: a surveyor may open any screen offline.
  event.waitUntil(
    fetch('/asset-manifest.json')
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => [] as string[])
      .then(async (files) => (await caches.open(CACHE)).addAll(['/', ...files]))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (
    event.request.method !== 'GET' ||
    url.origin !== worker.location.origin ||
    url.pathname.startsWith('/api/') ||
    url.pathname === '/health'
  )
    return;
  // Pages: network first, so a deployed update is seen at once; the shell when offline.
  if (event.request.mode === 'navigate') {
    event.respondWith(
      fetch(event.request)
        .then((response) => {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put('/', copy));
          return response;
        })
        .catch(async () => (await caches.match('/')) ?? Response.error()),
    );
    return;
  }
  // Hashed assets never change: cache first, filled as they are first used.
  event.respondWith(
    caches.match(event.request).then(
      (cached) =>
        cached ??
        fetch(event.request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(event.request, copy));
          }
          return response;
        }),
    ),
  );
});

/** The page sends the files it loaded before this worker controlled it, so they are kept too. */
worker.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { type?: unknown }).type !== 'cache-urls'
  )
    return;
  const urls = (data as { urls?: unknown }).urls;
  if (!Array.isArray(urls)) return;
  const own = urls.filter(
    (u): u is string =>
      typeof u === 'string' &&
      new URL(u).origin === worker.location.origin &&
      !new URL(u).pathname.startsWith('/api/'),
  );
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(own))
      .catch(() => undefined),
  );
});
