// Passage's service worker: after one visit, the app and the pages of the person's language
// open without a network, on every way in and after every new version. tools/prerender.js
// writes the build's file list into MANIFEST, and its version: a hash of every file the build
// made, fixed names (pictures, icons, the manifest) included.
//
// - Installing (on the first visit) saves the app's shared files (the style sheet and boot
//   script, taken from the open page, which holds them inline on a first visit), and, for the
//   language the open pages show (as the pages say, not as their addresses do: `/` is in the
//   browser's language), the messages, the open pages, the home and offline pages, and the part
//   of the app the open pages need. Other pages and parts of the app are saved when first used,
//   so a first visit costs the same however many pages Passage has.
// - Installing a new version also saves the new files of everything the old version held (its
//   pages, parts of the app, messages, fonts and pictures), then the old cache is deleted on
//   activation: an update never takes away what a person kept for use offline. A new version
//   waits until the person chooses to reload (the app offers it), never applied under their feet.
// - Pages come from the network as the pages that link the style sheet and boot script this
//   worker holds (header Passage-Shell: saved), not with them inline: a few KB less each.
// - Pages: the network first, but no more than about 3 seconds on a connection that is up but
//   not moving; then the saved page; an address never saved gets the offline page. A page is
//   kept under the language it is in (`/` shown in Dari is kept as `/prs/`), and an address
//   without a language opens offline in the language that address last showed. Whatever goes
//   wrong inside, a navigation is answered: the network, the saved page, or the offline page.
// - Public API answers: the saved answer at once, refreshed in the background
//   (stale-while-revalidate); the app shows their date. /api/v1/me is never kept here. Those a
//   first visit asked for before this worker held the page are kept once the page names them.
//   They are kept apart from the versions (DATA, which outlives them), at most DATA_LIMIT.
const MANIFEST = {"version":"dev","shell":[],"main":[],"bundles":[],"languages":{},"offline":{}};
const CACHE = `passage-${MANIFEST.version}`;
// The public answers: their own cache, named by the layout of what it holds (not by the app's
// version), so a new version keeps them; an older layout's answers are copied over.
const DATA = 'passage-data-2';
const DATA_LIMIT = 200;
const PATIENCE_MS = 3000;
// Where the language that addresses without one (`/`, the home-screen icon's start_url) last
// showed is kept: a record in this version's cache, carried over by the next.
const BARE_LANGUAGE = '/.passage/language';

/** The addresses the open windows show. */
async function windowUrls() {
  const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return clients.map((client) => new URL(client.url));
}

/** The language leading a path and the rest: `/ar/loan` is ['ar', '/loan'], `/ar` is
 * ['ar', '/'], `/loan` is [null, '/loan']. */
function split(pathname) {
  const [first, ...others] = pathname.split('/').filter(Boolean);
  if (MANIFEST.languages[first]) return [first, `/${others.join('/')}`];
  return [null, `/${[first, ...others].filter(Boolean).join('/')}`];
}

/** The address of a page in a language: ('ar', '/') is /ar/, ('ar', '/loan') is /ar/loan. */
function localized(lang, rest) {
  return rest === '/' ? `/${lang}/` : `/${lang}${rest}`;
}

/** The key a page is saved under: its address in its language, without a trailing slash but
 * for home (/ar/loan/ is /ar/loan). */
function pageKey(lang, rest) {
  return new URL(localized(lang, rest.replace(/\/+$/, '') || '/'), self.location.origin).href;
}

/** The language an address asks for itself (`?lang=`, then its first segment), if any. */
function askedLanguage(url) {
  const asked = url.searchParams.get('lang');
  if (MANIFEST.languages[asked]) return asked;
  return split(url.pathname)[0];
}

/** The language a page is in, as it says itself (Content-Language), else as its address asks. */
function languageOfPage(url, response) {
  const said = (response.headers.get('content-language') || '').trim();
  return MANIFEST.languages[said] ? said : askedLanguage(url);
}

/** The language addresses without one showed last, if known. */
async function bareLanguage() {
  const record = await caches.match(BARE_LANGUAGE);
  const lang = record ? (await record.text()).trim() : '';
  return MANIFEST.languages[lang] ? lang : null;
}

async function rememberBareLanguage(cache, lang) {
  if (MANIFEST.languages[lang]) await cache.put(BARE_LANGUAGE, new Response(lang));
}

/** The part of the app that draws an address: the main part unless another part names the
 * path. */
function partOf(url) {
  const rest = split(url.pathname)[1];
  const covers = (p) => (p.endsWith('/*') ? rest.startsWith(p.slice(0, -1)) : rest === p);
  return MANIFEST.bundles.find((b) => b.paths.some(covers)) || { name: 'main', files: MANIFEST.main };
}

/** The files of a part of the app, by its name. */
function partFiles(name) {
  if (name === 'main') return MANIFEST.main;
  return MANIFEST.bundles.find((b) => b.name === name)?.files || [];
}

/** The files this version names: its shared files, parts of the app, messages and fonts. */
const FILES = new Set([...MANIFEST.shell, ...MANIFEST.main, ...MANIFEST.bundles.flatMap((b) => b.files),
  ...Object.values(MANIFEST.languages).flatMap((l) => [...Object.values(l.messages || {}), ...(l.fonts || [])])]);
/** A file named by its content (`/passage-case-<hash>.js`), not by a fixed name. */
const HASHED = /-[0-9a-f]{12,16}(?:_bg)?\.[a-z0-9]+$/;

/** Whether a page is one of this version's: every file of the app it names is this version's
 * (a page of a newer build, fetched before the person chose to update, names files this
 * version does not hold, and would not open offline). */
function ofThisVersion(html) {
  const named = html.match(/\/[a-z-]+-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css)\b/g) || [];
  return named.every((file) => FILES.has(file));
}

/** What a language needs offline from the start: the messages of the open pages' parts of the
 * app (and its fonts), its home and offline pages, and the pages the open windows show, in
 * that language. Other pages are saved as they are visited, so a first visit costs the same
 * however many pages there are. */
function filesOf(lang, urls) {
  const language = MANIFEST.languages[lang];
  if (!language) return [];
  const wanted = new Set([`/${lang}/`, language.offline, ...urls.map((url) => new URL(pageKey(lang, split(url.pathname)[1])).pathname)]);
  // The messages of the parts of the app the open pages need, in this language.
  const messages = new Set(urls.map((url) => language.messages[partOf(url).name]).filter(Boolean));
  return [...messages, ...(language.fonts || []), ...language.pages.filter((page) => wanted.has(page))];
}

/** Saves a language's files that this version does not hold yet: its pages as the pages that
 * link the style sheet and boot script this worker holds. */
async function save(lang, urls) {
  const cache = await caches.open(CACHE);
  const pages = new Set(MANIFEST.languages[lang].pages);
  const missing = [];
  for (const file of filesOf(lang, urls)) if (!(await cache.match(file))) missing.push(file);
  await cache.addAll(missing.filter((file) => !pages.has(file)));
  await Promise.all(missing.filter((file) => pages.has(file)).map((file) => savePage(cache, file)));
}

/** Downloads and keeps one page of this version (`/ar/loan`). */
async function savePage(cache, file) {
  const response = await fetchPage(file);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  await cache.put(new URL(file, self.location.origin).href, response);
}

/** The open pages, and the style sheet and boot script taken from them: a first visit gets
 * them inline in its page, which its browser holds, so none is downloaded a second time. The
 * files are kept only under the names the page gives (data-file), if they are this version's.
 * Gives the files kept, and the languages the pages are in. */
async function shellFromPages(cache, urls) {
  const kept = new Set();
  const languages = new Set();
  for (const url of urls) {
    const response = await fetch(url.href).catch(() => null);
    if (!response || !response.ok || !(response.headers.get('content-type') || '').startsWith('text/html')) continue;
    const lang = languageOfPage(url, response);
    if (lang) languages.add(lang);
    const copy = response.clone();
    const html = await response.text();
    const key = lang && pageKey(lang, split(url.pathname)[1]);
    if (key && MANIFEST.languages[lang].pages.includes(new URL(key).pathname) && ofThisVersion(html)) {
      await cache.put(key, copy);
    }
    for (const [, tag, file, text] of html.matchAll(/<(style|script type="module") data-file="([^"]+)">([\s\S]*?)<\/(?:style|script)>/g)) {
      if (!MANIFEST.shell.includes(file) || kept.has(file)) continue;
      const type = tag === 'style' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
      await cache.put(file, new Response(text, { headers: { 'content-type': type } }));
      kept.add(file);
    }
    if (lang && !split(url.pathname)[0]) await rememberBareLanguage(cache, lang);
  }
  return { kept, languages };
}

/** What replaces an older version's saved file in this one: the same page, the same part of the
 * app, the same messages (by part and language), or a file of a fixed name under its name; null
 * for a file this version no longer has (the old style sheet). */
function successorOf(pathname) {
  const [lang, rest] = split(pathname);
  if (lang) {
    const page = new URL(pageKey(lang, rest)).pathname;
    return MANIFEST.languages[lang].pages.includes(page) ? [page] : [];
  }
  const part = /^\/passage-(?:([a-z]+)-)?[0-9a-f]{12,16}(?:_bg\.wasm|\.js)$/.exec(pathname);
  if (part) return partFiles(part[1] || 'main');
  const messages = /^\/l10n\/([a-z]+)-([a-z]+)-[0-9a-f]+\.json$/.exec(pathname);
  if (messages) return [MANIFEST.languages[messages[2]]?.messages[messages[1]]].filter(Boolean);
  const font = /^\/fonts\/([a-z]+)-[0-9a-f]+\.woff2$/.exec(pathname);
  if (font) return Object.values(MANIFEST.languages).flatMap((l) => l.fonts || []).filter((f) => f.startsWith(`/fonts/${font[1]}-`)).slice(0, 1);
  // A file named by its content that this version does not name is gone; a fixed name is asked
  // for again (a new picture under the same name).
  if (HASHED.test(pathname) || pathname === BARE_LANGUAGE) return [];
  return [pathname];
}

/** Saves this version's files of everything older versions held, so an update keeps what was
 * saved for use offline. A file that no longer exists is skipped; a network failure fails the
 * install (the old version stays, and the update is tried again later). */
async function carryOver(cache) {
  const wanted = new Set();
  let bare = null;
  for (const name of await caches.keys()) {
    if (!name.startsWith('passage-') || name === CACHE || name.startsWith('passage-data')) continue;
    const old = await caches.open(name);
    bare = bare || (await old.match(BARE_LANGUAGE).then((r) => r && r.text()));
    for (const request of await old.keys()) {
      for (const file of successorOf(new URL(request.url).pathname)) wanted.add(file);
    }
  }
  if (bare && !(await cache.match(BARE_LANGUAGE))) await rememberBareLanguage(cache, bare.trim());
  const pages = new Set(Object.values(MANIFEST.languages).flatMap((l) => l.pages));
  await Promise.all([...wanted].map(async (file) => {
    if (await cache.match(file)) return;
    if (pages.has(file)) return savePage(cache, file);
    const response = await fetch(file, { cache: 'no-cache' });
    if (response.ok) await cache.put(file, response);
  }));
}

/** Copies the public answers an older layout of the data cache kept, then drops it. */
async function carryOverData() {
  const data = await caches.open(DATA);
  for (const name of await caches.keys()) {
    if (!name.startsWith('passage-data') || name === DATA) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      if (await data.match(request)) continue;
      const response = await old.match(request);
      if (response) await keepAnswer(data, request, response);
    }
    await caches.delete(name);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const urls = await windowUrls();
    const { kept, languages } = await shellFromPages(cache, urls);
    await cache.addAll([...MANIFEST.shell.filter((file) => !kept.has(file)), ...new Set(urls.flatMap((url) => partOf(url).files))]);
    if (languages.size === 0) languages.add((await bareLanguage()) || 'en');
    for (const lang of languages) await save(lang, urls);
    await carryOver(cache);
    // The first version starts at once; later ones wait for the person (see 'message').
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await carryOverData();
    for (const name of await caches.keys()) {
      if (name.startsWith('passage-') && name !== CACHE && name !== DATA) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'apply-update') self.skipWaiting();
  // A first visit's public answers, asked for before this worker held the page.
  if (message.type === 'save-answers' && Array.isArray(message.urls)) {
    event.waitUntil(saveAnswers(message.urls));
  }
  // The language a page shows (the one it came in, or one the person switched to): keep its
  // messages and pages too, and open addresses without a language in it.
  if (message.type === 'save-language' && MANIFEST.languages[message.lang]) {
    event.waitUntil((async () => {
      await rememberBareLanguage(await caches.open(CACHE), message.lang);
      await save(message.lang, await windowUrls());
    })().catch(() => {}));
  }
});

/** The offline page of a language: saved, else written from the words the build kept. Never
 * fails. */
async function offlinePage(lang) {
  try {
    const saved = await caches.match(MANIFEST.languages[lang]?.offline || '/offline');
    if (saved) return saved;
  } catch (_) { /* written below */ }
  const words = MANIFEST.offline[lang] || MANIFEST.offline.en || { title: 'Offline', body: '', home: '/' };
  const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="${escape(lang)}" dir="${escape(words.dir || 'ltr')}"><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(words.title)}</title>`
    + `<h1>${escape(words.title)}</h1><p>${escape(words.body)}</p><p><a href="${escape(words.home)}">${escape(words.homeLabel || words.home)}</a></p>`;
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Tells the open windows (and, for a page being opened, that page) whether the network
 * answered: the app shows "You are offline" from this. */
async function tell(online, clientId) {
  const message = { type: online ? 'online' : 'offline' };
  const clients = clientId
    ? [await self.clients.get(clientId)].filter(Boolean)
    : await self.clients.matchAll({ type: 'window' });
  for (const client of clients) client.postMessage(message);
}

function timeout(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms));
}

/** A page from the network. This worker holds the app's style sheet and boot script (it saved
 * them when it was installed), so it asks for the page that links them rather than the page
 * that holds them inline for a first visit: a few KB less on every page load after the first.
 * (For a page being opened, redirects are the browser's to follow, as for any page.) */
function fetchPage(href, redirect = 'follow') {
  return fetch(href, { headers: { 'Passage-Shell': 'saved' }, credentials: 'same-origin', redirect });
}

/** Keeps a page from the network under the language it is in, if it is one of this version's
 * pages: only pages are kept as pages, never a Wi-Fi login page's JSON, never an error. */
async function keepPage(url, response) {
  const type = response.headers.get('content-type') || '';
  if (!response.ok || !type.startsWith('text/html')) return;
  const lang = languageOfPage(url, response);
  if (!lang || !ofThisVersion(await response.clone().text())) return;
  const cache = await caches.open(CACHE);
  await cache.put(pageKey(lang, split(url.pathname)[1]), response);
  if (!split(url.pathname)[0]) await rememberBareLanguage(cache, lang);
}

/** The language an address is shown in offline: its own, else the one addresses without a
 * language showed last, else the first saved. */
async function offlineLanguage(url) {
  return askedLanguage(url) || (await bareLanguage()) || Object.keys(MANIFEST.languages)[0] || 'en';
}

/** The saved page for an address, if any: in the language it asks for; an address without one
 * in the language such addresses showed last, else any language saved; a topic never opened
 * here, the topics' page of its language (the app draws the topic from the answer "keep all
 * topics" saved). */
async function savedPage(url) {
  const rest = split(url.pathname)[1];
  const lang = await offlineLanguage(url);
  const candidates = [lang];
  if (!askedLanguage(url)) candidates.push(...Object.keys(MANIFEST.languages).filter((l) => l !== lang));
  for (const candidate of candidates) {
    const saved = await caches.match(pageKey(candidate, rest));
    if (saved) return saved;
  }
  if (rest.startsWith('/orientation/')) return caches.match(pageKey(lang, '/orientation'));
  return null;
}

async function page(event) {
  const url = new URL(event.request.url);
  const network = fetchPage(event.request.url, 'manual').then(async (response) => {
    await keepPage(url, response.clone()).catch(() => {});
    return response;
  }).catch(() => null);
  event.waitUntil(network);
  const answer = await Promise.race([network, timeout(PATIENCE_MS)]);
  if (answer) return answer;
  const saved = await savedPage(url);
  if (saved) {
    // Once the page is open, tell it it was saved, not fresh.
    event.waitUntil(network.then(async (late) => {
      if (late) return;
      await timeout(500);
      await tell(false, event.resultingClientId);
    }));
    return saved;
  }
  // Nothing saved: wait for a slow network after all, else the offline page.
  return (await network) || offlinePage(await offlineLanguage(url));
}

/** A navigation is always answered: should anything above fail, the network, then the saved
 * page, then the offline page. */
async function anyPage(event) {
  try {
    return await page(event);
  } catch (error) {
    console.warn('Passage: a page was answered the plain way:', error);
  }
  try {
    return await fetch(event.request);
  } catch (_) { /* offline */ }
  const url = new URL(event.request.url);
  try {
    const saved = await savedPage(url);
    if (saved) return saved;
  } catch (_) { /* the offline page, then */ }
  let lang = 'en';
  try { lang = await offlineLanguage(url); } catch (_) { /* English */ }
  return offlinePage(lang);
}

/** Keeps an API answer that is a JSON answer, and no more than DATA_LIMIT of them (the oldest
 * kept go first: a cache lists its keys in the order they were put). */
async function keepAnswer(cache, request, response) {
  const type = response.headers.get('content-type') || '';
  if (!response.ok || !type.startsWith('application/json')) return;
  await cache.delete(request);
  await cache.put(request, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - DATA_LIMIT))) await cache.delete(old);
}

async function publicData(event) {
  const cache = await caches.open(DATA);
  const saved = await cache.match(event.request);
  // Asked of the server itself (revalidating what the browser's cache holds): only an answer
  // from the server says the network is up.
  const network = fetch(new Request(event.request, { cache: 'no-cache' })).then(async (response) => {
    await keepAnswer(cache, event.request, response.clone());
    await tell(true);
    return response;
  });
  if (saved) {
    event.waitUntil(network.catch(() => tell(false)));
    return saved;
  }
  return network.catch(async (error) => {
    await tell(false);
    throw error;
  });
}

/** Saves public answers of this site not saved yet (asked again: the browser's cache revalidates them). */
async function saveAnswers(urls) {
  const cache = await caches.open(DATA);
  for (const href of urls) {
    const url = new URL(href, self.location.origin);
    if (url.origin !== self.location.origin || !url.pathname.startsWith('/api/') || url.pathname === '/api/v1/me') continue;
    if (await cache.match(url.href)) continue;
    try {
      await keepAnswer(cache, url.href, await fetch(url.href));
    } catch (_) { /* offline: nothing to save */ }
  }
}

/** Whether this version may keep a file: one it names, or one of a fixed name (a picture). A
 * newer build's file, fetched before the person chose to update, is not kept. */
function keepable(pathname) {
  return !HASHED.test(pathname) || FILES.has(pathname);
}

async function file(event) {
  const saved = await caches.match(event.request);
  if (saved) return saved;
  const response = await fetch(event.request);
  if (response.ok && keepable(new URL(event.request.url).pathname)) {
    const cache = await caches.open(CACHE);
    await cache.put(event.request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(anyPage(event));
  } else if (url.pathname === '/api/v1/me') {
    // Personal: never kept by the service worker.
  } else if (url.pathname.startsWith('/api/')) {
    event.respondWith(publicData(event));
  } else {
    event.respondWith(file(event));
  }
});
