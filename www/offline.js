// Offline after the first visit (served build only: scripts/served.py adds
// this script with the service worker's address in data-service-worker;
// a page opened from file:// or without service workers is left as it is).
//
// An update never takes over the open page: the new version waits (see
// js/service-worker.js) and the person is told it is ready; the page, and
// any draft in it, keeps working until they choose 更新, which lets the new
// version take over and reloads (the draft is in localStorage, and the new
// page puts it back).
(function () {
  'use strict';
  var script = document.currentScript;
  var url = script && script.getAttribute('data-service-worker');
  if (!url || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var notice = document.getElementById('shanfang-update');
  var chosen = false;

  function offer(worker) {
    // Only an update: the first install has no page version to replace.
    if (!notice || !navigator.serviceWorker.controller) return;
    notice.hidden = false;
    notice.querySelector('button').onclick = function () {
      chosen = true;
      worker.postMessage({ type: 'skip-waiting' });
    };
  }
  function track(worker) {
    if (!worker) return;
    if (worker.state === 'installed') offer(worker);
    else worker.addEventListener('statechange', function () { if (worker.state === 'installed') offer(worker); });
  }
  // The first install claims the page without a reload; only the person's
  // own choice reloads it.
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (chosen) location.reload();
  });
  navigator.serviceWorker.register(url).then(function (registration) {
    if (!registration) return; // service workers blocked (an automated browser's setting)
    track(registration.waiting);
    registration.addEventListener('updatefound', function () { track(registration.installing); });
  }, function (error) {
    console.warn('shanfang: the page will not be kept offline:', error);
  });
})();
