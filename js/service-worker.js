// The filing page's service worker, in the served build only: the page and
// its files kept on the device after the first visit, so a phone that loses
// its signal keeps the form. scripts/served.py writes dist/www/sw.js from
// this file, after a first line that sets `self.SHANFANG_BUILD` to the
// build's version and files (the page, its content-named assets, the
// manifest and icons).
//
// - Each version its own cache (`shanfang-<version>`); the previous one is
//   deleted only when this version takes over.
// - Only GETs of those files are answered, from the cache (the page first
//   from the cache too: it and its assets are one version). Anything else,
//   `/v1/` (the validation API) and every POST among it, goes to the
//   network untouched.
// - A new version waits (no skipWaiting of its own): the page that is open
//   keeps its version, through reloads too (a reload overlaps the old page,
//   so the waiting worker cannot activate), until the person chooses to
//   update (www/offline.js posts 'skip-waiting') or every tab is closed.
'use strict';
var BUILD = self.SHANFANG_BUILD;
var CACHE = 'shanfang-' + BUILD.version;
var SCOPE = new URL(self.registration.scope);
var FILES = BUILD.files.map(function (f) { return new URL(f, SCOPE).href; });
var PAGE = new URL('./', SCOPE).href;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // Past the HTTP cache: a stale page must not be kept as this version's.
    return cache.addAll(FILES.map(function (f) { return new Request(f, { cache: 'reload' }); }));
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('shanfang-') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== SCOPE.origin || url.pathname.indexOf(SCOPE.pathname) !== 0) return;
  var rest = url.pathname.slice(SCOPE.pathname.length);
  if (rest.indexOf('v1/') === 0) return;
  var key = null;
  if (request.mode === 'navigate' && (rest === '' || rest === 'index.html')) key = PAGE;
  else if (FILES.indexOf(url.origin + url.pathname) >= 0 && !url.search) key = url.origin + url.pathname;
  if (!key) return;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key, { ignoreSearch: request.mode === 'navigate' });
  }).then(function (hit) {
    return hit || fetch(request);
  }));
});
