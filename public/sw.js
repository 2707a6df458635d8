// Passage's service worker: after one visit, the app and the pages of the person's language
// open without a network. tools/prerender.js writes the build's file list into MANIFEST.
//
// - Installing (on the first visit) saves the app's shared files (the style sheet and boot
//   script, taken from the open page, which holds them inline on a first visit), and, for the
//   languages the open pages show, the messages, the open pages, the home and offline pages,
//   and the part of the app the open pages need; a new version waits until the person
//   chooses to reload (the app offers it), never applied under their feet. Other pages and
//   parts of the app are saved when first used, so a first visit costs the same however many
//   pages Passage has.
// - Pages come from the network as the pages that link the style sheet and boot script this
//   worker holds (header Passage-Shell: saved), not with them inline: a few KB less each.
// - Pages: the network first, but no more than about 3 seconds on a connection that is up but
//   not moving; then the saved page. An address never saved gets the offline page.
// - Public API answers: the saved answer at once, refreshed in the background
//   (stale-while-revalidate); the app shows their date. /api/v1/me is never kept here. Those a
//   first visit asked for before this worker held the page are kept once the page names them.
const MANIFEST = {"version":"dev","shell":[],"main":[],"bundles":[],"languages":{},"offline":{}};
const CACHE = `passage-${MANIFEST.version}`;
const DATA = 'passage-data';
const PATIENCE_MS = 3000;

/** The addresses the open windows show. */
async function windowUrls() {
  const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return clients.map((client) => new URL(client.url));
}

/** The app's languages that the open windows show (from their addresses), else English. */
function languagesOf(urls) {
  const found = new Set();
  for (const url of urls) {
    const lang = url.searchParams.get('lang') || url.pathname.split('/')[1];
    if (MANIFEST.languages[lang]) found.add(lang);
  }
  if (found.size === 0) found.add('en');
  return [...found];
}

/** An address's path without the language that leads it: /ar/loan is /loan. */
function restOf(url) {
  const [first, ...others] = url.pathname.split('/').filter(Boolean);
  return `/${(MANIFEST.languages[first] ? others : [first, ...others]).filter(Boolean).join('/')}`;
}

/** The part of the app that draws an address: the main part unless another part names the
 * path. */
function partOf(url) {
  const rest = restOf(url);
  const covers = (p) => (p.endsWith('/*') ? rest.startsWith(p.slice(0, -1)) : rest === p);
  return MANIFEST.bundles.find((b) => b.paths.some(covers)) || { name: 'main', files: MANIFEST.main };
}

/** What a language needs offline from the start: the messages of the open pages' parts of the
 * app (and its fonts), its home and offline pages, and the pages the open windows show, in
 * that language. Other pages are saved
 * as they are visited, so a first visit costs the same however many pages there are. */
function filesOf(lang, urls) {
  const language = MANIFEST.languages[lang];
  if (!language) return [];
  const wanted = new Set([`/${lang}/`, language.offline, ...urls.map((url) => {
    const rest = restOf(url);
    return rest === '/' ? `/${lang}/` : `/${lang}${rest}`;
  })]);
  // The messages of the parts of the app the open pages need, in this language.
  const messages = new Set(urls.map((url) => language.messages[partOf(url).name]).filter(Boolean));
  return [...messages, ...(language.fonts || []), ...language.pages.filter((page) => wanted.has(page))];
}

/** Saves a language's files: its pages as the pages that link the style sheet and boot
 * script this worker holds (but not those in `saved`). */
async function save(lang, urls, saved = new Set()) {
  const cache = await caches.open(CACHE);
  const files = filesOf(lang, urls);
  const pages = new Set(MANIFEST.languages[lang].pages);
  await cache.addAll(files.filter((file) => !pages.has(file)));
  await Promise.all(files.filter((file) => pages.has(file) && !saved.has(file)).map(async (file) => {
    const response = await fetchPage(file);
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    await cache.put(file, response);
  }));
}

/** The open pages, and the style sheet and boot script taken from them: a first visit gets
 * them inline in its page, which its browser holds, so none is downloaded a second time. The
 * files are kept only under the names the page gives (data-file), if they are this version's.
 * Gives the files and the pages (/ar/loan) kept. */
async function shellFromPages(cache, urls) {
  const kept = new Set();
  for (const url of urls) {
    const response = await fetch(url.href).catch(() => null);
    if (!response || !response.ok || !(response.headers.get('content-type') || '').startsWith('text/html')) continue;
    const copy = response.clone();
    const html = await response.text();
    const lang = url.pathname.split('/')[1];
    if (!url.search && MANIFEST.languages[lang]?.pages.includes(url.pathname)) {
      await cache.put(pageKey(url), copy);
      kept.add(url.pathname);
    }
    for (const [, tag, file, text] of html.matchAll(/<(style|script type="module") data-file="([^"]+)">([\s\S]*?)<\/(?:style|script)>/g)) {
      if (!MANIFEST.shell.includes(file) || kept.has(file)) continue;
      const type = tag === 'style' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
      await cache.put(file, new Response(text, { headers: { 'content-type': type } }));
      kept.add(file);
    }
  }
  return kept;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const urls = await windowUrls();
    const kept = await shellFromPages(cache, urls);
    await cache.addAll([...MANIFEST.shell.filter((file) => !kept.has(file)), ...new Set(urls.flatMap((url) => partOf(url).files))]);
    for (const lang of languagesOf(urls)) await save(lang, urls, kept);
    // The first version starts at once; later ones wait for the person (see 'message').
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
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
  // The person switched language: keep that language's messages and pages too.
  if (message.type === 'save-language' && MANIFEST.languages[message.lang]) {
    event.waitUntil(windowUrls().then((urls) => save(message.lang, urls)));
  }
});

/** The page of a path, as saved: /ar/loan and /ar/loan/ are one page. */
function pageKey(url) {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return new URL(path === '/' || /^\/[a-z]{2,3}$/.test(path) ? `${path}/` : path, url.origin).href;
}

/** The language of an address, else the first one saved. */
function languageOf(url) {
  const lang = url.searchParams.get('lang') || url.pathname.split('/')[1];
  return MANIFEST.languages[lang] ? lang : Object.keys(MANIFEST.languages)[0] || 'en';
}

/** The offline page of a language: saved, else written from the words the build kept. */
async function offlinePage(url) {
  const lang = languageOf(url);
  const saved = await caches.match(MANIFEST.languages[lang]?.offline || '/');
  if (saved) return saved;
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

async function page(event) {
  const url = new URL(event.request.url);
  const key = pageKey(url);
  const network = fetchPage(event.request.url, 'manual').then(async (response) => {
    // Only pages are kept as pages: never a Wi-Fi login page's JSON, never an error.
    const type = response.headers.get('content-type') || '';
    if (response.ok && type.startsWith('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put(key, response.clone());
    }
    return response;
  }).catch(() => null);
  event.waitUntil(network);
  const answer = await Promise.race([network, timeout(PATIENCE_MS)]);
  if (answer) return answer;
  const saved = await caches.match(key) || await savedInAnyLanguage(url) || await savedTopicList(url);
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
  return (await network) || offlinePage(url);
}

/** For a topic never opened here (/ar/orientation/housing), the topics' page of its language:
 * the app draws the topic from the answer "keep all topics" saved. */
async function savedTopicList(url) {
  if (!restOf(url).startsWith('/orientation/')) return null;
  return caches.match(pageKey(new URL(`/${languageOf(url)}/orientation`, url.origin)));
}

/** An address without a language (/loan) saved in one (/ar/loan). */
async function savedInAnyLanguage(url) {
  for (const lang of Object.keys(MANIFEST.languages)) {
    const saved = await caches.match(pageKey(new URL(`/${lang}${url.pathname}`, url.origin)));
    if (saved) return saved;
  }
  return null;
}

/** Keeps an API answer that is a JSON answer. */
async function keepAnswer(cache, request, response) {
  const type = response.headers.get('content-type') || '';
  if (response.ok && type.startsWith('application/json')) await cache.put(request, response);
}

async function publicData(event) {
  const cache = await caches.open(DATA);
  const saved = await cache.match(event.request);
  const network = fetch(event.request).then(async (response) => {
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

async function file(event) {
  const saved = await caches.match(event.request);
  if (saved) return saved;
  const response = await fetch(event.request);
  if (response.ok) {
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
    event.respondWith(page(event));
  } else if (url.pathname === '/api/v1/me') {
    // Personal: never kept by the service worker.
  } else if (url.pathname.startsWith('/api/')) {
    event.respondWith(publicData(event));
  } else {
    event.respondWith(file(event));
  }
});
