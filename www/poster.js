// The 红色管家图 (red steward map) for the workshop's wall (issue 32): clause
// 5.2.1 asks that the stewards' names, units and phones be made public at
// the workshop, and 5.1.1 (Annex A, example 3) shows the map: one row per
// steward with a photo, the role's title, 姓名, 职务, 手机 and the role's
// 职责 in the annex's words. Made from the stewards already in the form, so
// nobody types them again; printed on one A4 page for five stewards (more
// continue on a second page, a row never split).
//
// Photos: chosen from the phone or computer, turned upright (EXIF
// orientation) and made small in the page, never uploaded, not in the
// filing, its download or the draft; kept on this device in IndexedDB (so
// they never fill the draft's localStorage) until 清空草稿, whose 撤销 brings
// them back. The standalone page's own: a portal's entries carry none of it.
(function () {
  'use strict';
  var en = self.shanfangPage.en;
  var t = self.shanfangPage.t;
  var add = self.shanfangPage.add;
  // A sheet (this poster, www/duties.js's calendar) is shown in place of the
  // form: drawn, scrolled to, its title (the sheet's aria-labelledby)
  // focused; left, focus goes back to what opened it.
  var openers = {};
  self.shanfangSheet = {
    open: function (sheet, draw, from) {
      openers[sheet.id] = from || null;
      draw();
      sheet.hidden = false;
      document.body.classList.add('showing-sheet');
      window.scrollTo(0, 0);
      var h = document.getElementById(sheet.getAttribute('aria-labelledby'));
      if (h) { h.setAttribute('tabindex', '-1'); h.focus({ preventScroll: true }); }
    },
    // True if focus went back to the opener.
    close: function (sheet) {
      sheet.hidden = true;
      sheet.textContent = '';
      document.body.classList.remove('showing-sheet');
      var opener = openers[sheet.id];
      if (!opener || !document.contains(opener)) return false;
      opener.focus();
      return true;
    },
  };
  var form = document.getElementById('filing');
  var sheet = document.getElementById('shanfang-poster');
  if (!form || !sheet) return;

  // Annex A, example 3, in its order; the filing's role codes (party.stewards[].role).
  var ROLES = [
    { code: 'township_leader', zh: '领导干部联坊', en: 'Leading cadre linked to the workshop',
      duty: '经常性深入工坊，开展“三服务”纾困解难，推动产业发展。',
      dutyEn: 'Visits the workshop often, delivers the “three services” to solve its problems and develops its industry.' },
    { code: 'resident_cadre', zh: '驻村（联社）干部帮坊', en: 'Village-based (community) cadre who helps the workshop',
      duty: '加强与工坊的联系沟通，提供对接专家指导、落实政策兑现等服务。',
      dutyEn: 'Keeps in close touch with the workshop and arranges expert guidance and the delivery of policies.' },
    { code: 'local_talent', zh: '乡贤能人助坊', en: 'Local talent who assists the workshop',
      duty: '利用自身优势资源，在产业拓展、平台搭建等方面牵线搭桥，助力工坊发展。',
      dutyEn: 'Uses their own resources to open up markets and platforms for the workshop and helps it grow.' },
    { code: 'village_cadre', zh: '村社干部结坊', en: 'Village or community cadre paired with the workshop',
      duty: '强化村企联动，做好用工需求对接、场地保障等保障服务，确保工坊运营顺畅。',
      dutyEn: 'Links the village and the company, arranges workers and premises, and keeps the workshop running smoothly.' },
    { code: 'grid_member', zh: '网格员驻坊', en: 'Grid member stationed at the workshop',
      duty: '汇总工坊运行管理中存在的困难、问题，及时做好上报、对接和反馈。',
      dutyEn: 'Gathers the difficulties and problems in running the workshop and reports, follows up and answers them promptly.' },
  ];
  // A photo is made this size (3:4, a passport photo's shape): small enough
  // for IndexedDB and the printer, sharp at 30 × 40 mm.
  var PHOTO_W = 360;
  var PHOTO_H = 480;

  function clean(v) { return typeof v === 'string' ? v.trim() : ''; }
  function photoKey(row) { var name = clean(row.s.name); return name ? 'name:' + name : 'row:' + row.index; }
  function viewing() { return form.classList.contains('shanfang-read-only'); }

  // ------------------------------------------------------------ the photos

  var DB = 'shanfang-photos';
  var STORE = 'photos';
  // Photos of the stewards by name ('name:张三'; a row without a name by
  // its place, 'row:2'), so removing a row above does not move a photo to
  // somebody else; under CLEARED, those 清空草稿 took, for its 撤销.
  var CLEARED = 'cleared';
  var photos = {};
  var urls = {};
  var cleared = null;
  var dbPromise = null;

  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
        var open = indexedDB.open(DB, 1);
        open.onupgradeneeded = function () { open.result.createObjectStore(STORE); };
        open.onsuccess = function () { resolve(open.result); };
        open.onerror = function () { reject(open.error); };
      });
      dbPromise.catch(function () { /* the photos stay for this visit only */ });
    }
    return dbPromise;
  }
  function request(mode, act) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var tx = d.transaction(STORE, mode);
        var r = act(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(r && r.result); };
        tx.onerror = tx.onabort = function () { reject(tx.error || new Error('IndexedDB')); };
      });
    });
  }
  // Every photo kept, and what 清空草稿 took (for its 撤销).
  function loadPhotos() {
    return db().then(function (d) {
      return new Promise(function (resolve) {
        var out = { photos: {}, cleared: null };
        var cursor = d.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
        cursor.onsuccess = function () {
          var c = cursor.result;
          if (!c) { resolve(out); return; }
          if (/^(name|row):/.test(c.key) && c.value instanceof Blob) out.photos[c.key] = c.value;
          else if (c.key === CLEARED && c.value && typeof c.value === 'object') out.cleared = c.value;
          c.continue();
        };
        cursor.onerror = function () { resolve(out); };
      });
    }).catch(function () { return { photos: {}, cleared: null }; });
  }
  function setPhoto(i, blob) {
    if (urls[i]) URL.revokeObjectURL(urls[i]);
    delete urls[i];
    if (blob) { photos[i] = blob; urls[i] = URL.createObjectURL(blob); } else delete photos[i];
  }

  // A picture file made upright and small: a JPEG of PHOTO_W × PHOTO_H,
  // the middle of the picture (cropped, not squeezed). Rejects with the
  // reason in words when the browser cannot decode the file (HEIC, say).
  function shrink(file) {
    var decoded = window.createImageBitmap
      ? createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (b) { return { image: b, w: b.width, h: b.height, done: function () { b.close && b.close(); } }; })
      : new Promise(function (resolve, reject) {
        var url = URL.createObjectURL(file);
        var img = new Image();
        img.onload = function () { resolve({ image: img, w: img.naturalWidth, h: img.naturalHeight, done: function () { URL.revokeObjectURL(url); } }); };
        img.onerror = function () { URL.revokeObjectURL(url); reject(new Error('decode')); };
        img.src = url;
      });
    return decoded.then(function (pic) {
      if (!pic.w || !pic.h) throw new Error('decode');
      var canvas = document.createElement('canvas');
      canvas.width = PHOTO_W;
      canvas.height = PHOTO_H;
      var scale = Math.max(PHOTO_W / pic.w, PHOTO_H / pic.h);
      var w = PHOTO_W / scale;
      var h = PHOTO_H / scale;
      var g = canvas.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, PHOTO_W, PHOTO_H);
      g.imageSmoothingQuality = 'high';
      g.drawImage(pic.image, (pic.w - w) / 2, (pic.h - h) / 2, w, h, 0, 0, PHOTO_W, PHOTO_H);
      pic.done();
      return new Promise(function (resolve, reject) {
        canvas.toBlob(function (b) { if (b) resolve(b); else reject(new Error('encode')); }, 'image/jpeg', 0.85);
      });
    }, function () {
      throw new Error(/\.hei[cf]$/i.test(file.name || '') || /hei[cf]/i.test(file.type || '')
        ? t('这张照片是 HEIC 格式，本浏览器无法打开。请换一张 JPEG 或 PNG 照片（苹果手机可在“设置 › 相机 › 格式”中选“兼容性最佳”）。',
          'This photo is in HEIC format, which this browser cannot open. Choose a JPEG or PNG photo (on an iPhone: Settings › Camera › Formats › Most Compatible).')
        : t('这个文件无法作为照片打开。请选择 JPEG 或 PNG 照片。', 'This file cannot be opened as a photo. Choose a JPEG or PNG photo.'));
    });
  }

  // ------------------------------------------------------------ the poster

  function stewards() {
    var filing = {};
    try { filing = self.shanfang ? self.shanfang.filing() : {}; } catch (e) { filing = {}; }
    var list = filing && filing.party && Array.isArray(filing.party.stewards) ? filing.party.stewards : [];
    var rows = list.map(function (s, i) { return { index: i, s: s && typeof s === 'object' ? s : {} }; });
    // The annex's order of roles; a steward without a known role last.
    var rank = function (r) { var k = ROLES.findIndex(function (role) { return role.code === r.s.role; }); return k < 0 ? ROLES.length : k; };
    rows.sort(function (a, b) { return rank(a) - rank(b) || a.index - b.index; });
    return { name: clean(filing && filing.workshop && filing.workshop.name), rows: rows };
  }

  // A value, or a line to fill in by hand.
  function value(dd, text) {
    if (text) dd.textContent = text;
    else { dd.className = 'poster-blank'; add(dd, 'span', 'visually-hidden', t('（空，手写填入）', '(blank, to fill in by hand)')); }
  }

  var problem = null;
  function draw() {
    var data = stewards();
    sheet.textContent = '';
    var tools = add(sheet, 'div', 'sheet-tools');
    var print = add(tools, 'button', 'button button-primary', t('打印红色管家图', 'Print the red steward map'));
    print.type = 'button';
    print.setAttribute('data-sheet-print', '');
    var close = add(tools, 'button', 'button button-secondary', t('返回申报表', 'Back to the form'));
    close.type = 'button';
    close.setAttribute('data-sheet-close', '');
    if (!viewing()) {
      add(tools, 'p', 'sheet-note', t('照片只保存在本设备上，不会上传，也不写入申报数据；“清空草稿”时一并清除。',
        'Photos stay on this device: never uploaded, not in the filing data; 清空草稿 (clear draft) removes them too.'));
    }
    problem = add(tools, 'p', 'notice notice-error poster-problem');
    problem.setAttribute('role', 'alert');
    problem.hidden = true;

    var page = add(sheet, 'div', 'poster-page');
    var title = add(page, 'h2', 'poster-title');
    title.id = 'shanfang-poster-title';
    if (data.name) title.textContent = data.name;
    else { title.className += ' poster-blank'; add(title, 'span', 'visually-hidden', t('工坊名称（空，手写填入）', 'Workshop name (blank, to fill in by hand)')); }
    add(page, 'p', 'poster-kind', t('红色管家图', 'Red steward map（红色管家图）'));
    var list = add(page, 'ol', 'poster-rows');
    if (!data.rows.length) add(page, 'p', 'poster-empty', t('申报表中还没有红色管家。请先在“红色管家名册”中填写。', 'The form has no red stewards yet. Fill in the red steward register first.'));
    data.rows.forEach(function (row) {
      var s = row.s;
      var role = ROLES.find(function (r) { return r.code === s.role; });
      var li = add(list, 'li', 'poster-row');
      li.setAttribute('data-steward', String(row.index));
      var photo = add(li, 'div', 'poster-photo');
      var name = clean(s.name);
      var key = photoKey(row);
      if (urls[key] && !viewing()) {
        var img = add(photo, 'img');
        img.src = urls[key];
        img.alt = t((name || '红色管家') + '的照片', 'Photo of ' + (name || 'the red steward'));
      } else add(photo, 'span', 'poster-photo-empty', t('照片', 'Photo'));
      var text = add(li, 'div', 'poster-text');
      var heading = add(text, 'h3', 'poster-role', role ? (en() ? role.en + '（' + role.zh + '）' : role.zh) : t('红色管家', 'Red steward'));
      heading.id = 'poster-role-' + row.index;
      var dl = add(text, 'dl', 'poster-facts');
      add(dl, 'dt', '', t('姓名', 'Name'));
      value(add(dl, 'dd'), name);
      add(dl, 'dt', '', t('职务', 'Title'));
      value(add(dl, 'dd'), [clean(s.unit), clean(s.title)].filter(Boolean).join(' '));
      add(dl, 'dt', '', t('手机', 'Mobile'));
      value(add(dl, 'dd'), clean(s.phone));
      if (role) {
        add(dl, 'dt', '', t('职责', 'Duties'));
        add(dl, 'dd', 'poster-duty', en() ? role.dutyEn : role.duty);
      }
      if (!viewing()) {
        var own = add(li, 'div', 'poster-photo-tools');
        var label = add(own, 'label', 'button button-secondary button-small');
        add(label, 'span', '', urls[key] ? t('更换照片', 'Change photo') : t('选择照片', 'Choose photo'));
        add(label, 'span', 'visually-hidden', '：' + (name || (role ? role.zh : '')));
        var input = add(label, 'input', 'poster-file');
        input.type = 'file';
        input.accept = 'image/*';
        input.setAttribute('data-photo-for', key);
        if (urls[key]) {
          var remove = add(own, 'button', 'button-link', t('移除照片', 'Remove photo'));
          remove.type = 'button';
          remove.setAttribute('data-photo-remove', key);
        }
      }
    });
  }

  function say(text) {
    if (!problem) return;
    problem.textContent = text || '';
    problem.hidden = !text;
  }

  // ------------------------------------------------------ showing, printing

  function open(from) { self.shanfangSheet.open(sheet, draw, from); }
  function close() {
    if (!self.shanfangSheet.close(sheet) && document.getElementById('sec-party')) document.getElementById('sec-party').scrollIntoView();
  }

  document.addEventListener('click', function (e) {
    var target = e.target && e.target.closest ? e.target : null;
    if (!target) return;
    if (target.closest('[data-open-poster]')) { e.preventDefault(); open(target.closest('[data-open-poster]')); return; }
    if (sheet.hidden) return;
    if (target.closest('#shanfang-poster [data-sheet-close]')) close();
    else if (target.closest('#shanfang-poster [data-sheet-print]')) window.print();
    else if (target.closest('[data-photo-remove]')) {
      var i = target.closest('[data-photo-remove]').getAttribute('data-photo-remove');
      setPhoto(i, null);
      request('readwrite', function (s) { return s.delete(i); }).catch(function () { /* gone for this visit */ });
      draw();
    }
  });
  sheet.addEventListener('change', function (e) {
    var input = e.target;
    if (!input || !input.matches || !input.matches('[data-photo-for]') || !input.files || !input.files[0]) return;
    var i = input.getAttribute('data-photo-for');
    var file = input.files[0];
    say('');
    shrink(file).then(function (blob) {
      setPhoto(i, blob);
      draw();
      return request('readwrite', function (s) { return s.put(blob, i); }).catch(function () {
        say(t('照片已放上，但本设备没有保存它（存储空间不足或浏览器不允许），重新打开本页后需要再选一次。',
          'The photo is on the map, but this device did not keep it (no room, or the browser does not allow it): choose it again after reopening the page.'));
      });
    }, function (err) { say(err.message); });
  });
  // The poster follows the form while shown (an edit, the language).
  form.addEventListener('shanfang-report', function () { if (!sheet.hidden) draw(); });

  // 清空草稿 takes the photos with the draft; 撤销 brings them back.
  document.addEventListener('click', function (e) {
    var target = e.target && e.target.closest ? e.target : null;
    if (!target) return;
    if (target.closest('[data-clear-draft]')) {
      var taken = Object.assign({}, photos);
      Object.keys(urls).forEach(function (i) { setPhoto(i, null); });
      photos = {};
      request('readwrite', function (s) { s.clear(); return s.put(taken, CLEARED); }).catch(function () { /* nothing kept */ });
      cleared = taken;
    } else if (target.closest('[data-undo-clear]') && cleared) {
      var back = cleared;
      cleared = null;
      Object.keys(back).forEach(function (i) { setPhoto(i, back[i]); });
      request('readwrite', function (s) {
        s.delete(CLEARED);
        Object.keys(back).forEach(function (i) { s.put(back[i], i); });
        return null;
      }).catch(function () { /* kept for this visit */ });
    }
  });

  // The entrances: beside the stewards' register (made here: the form's
  // markup comes from the field table), and on the done and
  // check-your-answers states (the page's markup). The binding swaps
  // `data-en` texts with the page's language.
  function entrance() {
    var register = form.querySelector('[data-field="party.stewards"]');
    if (!register || form.querySelector('.poster-entrance')) return;
    var p = document.createElement('p');
    p.className = 'poster-entrance';
    var b = add(p, 'button', 'button button-secondary', '生成红色管家图');
    b.type = 'button';
    b.setAttribute('data-open-poster', '');
    b.setAttribute('data-en', 'Make the red steward map');
    if (en()) { b.setAttribute('data-zh', b.textContent); b.textContent = b.getAttribute('data-en'); }
    register.parentNode.insertBefore(p, register.nextSibling);
  }

  entrance();
  loadPhotos().then(function (found) {
    Object.keys(found.photos).forEach(function (i) { setPhoto(i, found.photos[i]); });
    if (found.cleared && !cleared) cleared = found.cleared;
    if (!sheet.hidden) draw();
  });
})();
