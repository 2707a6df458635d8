// Starts the app. Trunk writes the hashed file names into <meta name="passage-app">; loading
// them from this external module keeps every script under the CSP's script-src 'self'.
//
// Nothing starts before the browser has drawn the page's first view (the HTML and its one style
// sheet): on a slow link, every byte fetched before that frame delays what the person can read.
// Then the service worker is registered, so the very first visit already saves the app for use
// offline, and the app's script, wasm and messages are fetched side by side.
//
// The service worker also reports whether the network answered. When a new version is ready,
// the app is told (window event "passage-update", and window.passageUpdateReady) and offers a
// reload; window.passageApplyUpdate() applies it.

// The app draws its page over the static one, with the same fields (by id). What the person did
// before that is carried over, so nothing is lost: text typed, a box
// ticked, an option chosen (the app is told, as if they had done it there), and the focus. A form
// sent before then is held (sent as it is, it would reload the page with what was typed in its
// address), and the app sends it. A form with a method of its own (the language picker) works
// without the app, and goes as it is.
const fields = [...document.querySelectorAll('input[id], select[id]')];
// Where the focus is: taking over moves it too (to nowhere), but only after it was carried over.
let focused;
const follow = (event) => {
  if (event.type === 'focusin') focused = event.target.id;
  else setTimeout(() => { if (document.activeElement === document.body) focused = null; });
};
// (The form held is named by a field of its: the app's page may have more forms, or in
// another order, such as a kept case's.)
let held;
const hold = (event) => {
  if (event.target.getAttribute('method')) return;
  event.preventDefault();
  held = event.target.querySelector('[id]')?.id;
};
addEventListener('focusin', follow);
addEventListener('focusout', follow);
addEventListener('submit', hold);
const box = (old) => old.type === 'radio' || old.type === 'checkbox';
// Whether the person changed a field of the static page. (A radio button chosen clears the others
// by itself.)
const changed = (old) => (box(old) ? old.checked !== old.defaultChecked && (old.checked || old.type === 'checkbox')
  : old.tagName === 'SELECT' ? old.selectedIndex !== Math.max(0, [...old.options].findIndex((option) => option.defaultSelected))
  : old.value !== old.defaultValue);
// Carries a change over, and tells the app as if it had been made there; false while the app's
// page does not have the field, or the option chosen (a list whose options come with an answer).
const carry = (old) => {
  const field = document.getElementById(old.id);
  if (!field) return false;
  if (old.tagName === 'SELECT' && ![...field.options].some((option) => option.value === old.value)) return false;
  if (box(old)) field.checked = old.checked;
  else field.value = old.value;
  field.dispatchEvent(new Event(box(old) || old.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  return true;
};
const firstView = document.querySelector('main');
new MutationObserver((_, observer) => {
  if (firstView?.isConnected) return;
  observer.disconnect();
  removeEventListener('focusin', follow);
  removeEventListener('focusout', follow);
  removeEventListener('submit', hold);
  let waiting = fields.filter(changed).filter((old) => !carry(old));
  if (waiting.length) {
    new MutationObserver((_, later) => {
      waiting = waiting.filter((old) => !carry(old));
      if (!waiting.length) later.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  }
  if (focused) document.getElementById(focused)?.focus();
  if (held) document.getElementById(held)?.form?.requestSubmit();
}).observe(document.body, { childList: true });

// Whether the network answered, as the service worker saw it (window.passageOffline, and the
// window event "passage-connection"): the app says "You are offline" from it. Listened to from
// the start: the worker may say so while the page is still being drawn.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type !== 'offline' && event.data?.type !== 'online') return;
    window.passageOffline = event.data.type === 'offline';
    window.dispatchEvent(new Event('passage-connection'));
  });
  navigator.serviceWorker.startMessages();
}

// Nothing is fetched until the first view has been painted, as the browser reports it (a frame
// drawn is not yet a frame shown): started a few milliseconds earlier, the app's downloads
// counted as what the first view waited for, and Lighthouse at 400 kbps gave an LCP of 2.0 s
// with the main part and up to 6.8 s with a larger one, instead of 1.7 s. (At most a second's
// wait where the browser reports no paint; none at all for the bare page the build renders from.)
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
if (firstView) await new Promise((resolve) => {
  const painted = (entries) => entries.some((entry) => entry.name === 'first-contentful-paint');
  if (painted(performance.getEntriesByType('paint'))) return resolve();
  const observer = new PerformanceObserver((list) => {
    if (painted(list.getEntries())) { observer.disconnect(); resolve(); }
  });
  try { observer.observe({ type: 'paint' }); } catch (_) { resolve(); }
  setTimeout(() => { observer.disconnect(); resolve(); }, 1000);
});

// The manifest, held back from the first view (see tools/prerender.js).
for (const link of document.querySelectorAll('head link[data-href]')) link.href = link.dataset.href;

if ('serviceWorker' in navigator) {
  // On a first visit the page asks for its public answers before the service worker holds it:
  // once it does, it is given their addresses (those already here and those still on their
  // way, for a minute), to keep them for use offline too; and the language the page is in, to
  // keep that language's pages and open addresses without a language (`/`, the home-screen
  // icon) in it.
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      const worker = navigator.serviceWorker.controller;
      worker?.postMessage({ type: 'save-language', lang: document.documentElement.lang });
      const observer = new PerformanceObserver((list) => {
        const urls = list.getEntries().map((entry) => entry.name).filter((url) => new URL(url).pathname.startsWith('/api/'));
        if (urls.length) worker?.postMessage({ type: 'save-answers', urls });
      });
      observer.observe({ type: 'resource', buffered: true });
      setTimeout(() => observer.disconnect(), 60_000);
    }, { once: true });
  }
  navigator.serviceWorker.register('/sw.js').then((registration) => {
    const announce = () => {
      window.passageUpdateReady = true;
      window.dispatchEvent(new Event('passage-update'));
    };
    const watch = (worker) => worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
    });
    // (A version found by another tab may be waiting already, or still installing.)
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    else watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // (Applied in another tab already, the new version runs: a reload is all it takes.)
    window.passageApplyUpdate = () => {
      if (!registration.waiting) return location.reload();
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
      registration.waiting.postMessage({ type: 'apply-update' });
    };
  }).catch(() => {});
}

// The app comes in parts (see src/route.rs): the page names the main part; another part draws
// the paths <meta name="passage-bundles"> gives it ("name js wasm /path /below/* …;…"). A page of
// another part gets that part.
const app = document.querySelector('meta[name="passage-app"]');
// The messages' files, as "part/language=file".
const catalogs = (document.querySelector('meta[name="passage-messages"]')?.content || '')
  .split(/\s+/).filter(Boolean).map((pair) => pair.split('='));
const languages = catalogs.map(([id]) => id.split('/').pop());
const [first, ...others] = location.pathname.split('/').filter(Boolean);
const path = `/${(languages.includes(first) ? others : [first, ...others]).filter(Boolean).join('/')}`;
const part = (document.querySelector('meta[name="passage-bundles"]')?.content || '')
  .split(';').filter(Boolean).map((entry) => entry.trim().split(/\s+/))
  .find(([, , , ...paths]) => paths.some((p) => (p.endsWith('/*') ? path.startsWith(p.slice(0, -1)) : path === p)));
if (part) [, app.dataset.js, app.dataset.wasm] = part;
// The page's messages, in its language: the app asks for the same file, and gets this one.
const messages = catalogs.find(([id]) => id === `${part ? part[0] : 'main'}/${document.documentElement.lang}`);
if (messages) {
  const preload = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: messages[1] });
  preload.crossOrigin = '';
  document.head.append(preload);
}
// Offline, a page whose part of the app was never saved stays as its static view: it reads,
// but its forms cannot work, and a page with a form or button says so (#app-missing, in the
// page's language).
try {
  const wasm = fetch(app.dataset.wasm);
  wasm.catch(() => {}); // (A failure is caught below, where the app awaits it.)
  // Every part but the main one writes numbers or dates with the browser's Intl, whose first
  // use loads its locale data: 70-90 ms on a phone-speed CPU. Done while the wasm downloads,
  // that is not part of the app's start, when the person waits for the page to answer.
  if (part) setTimeout(() => Intl.DateTimeFormat.supportedLocalesOf([document.documentElement.lang]));
  const bindings = await import(app.dataset.js);
  await bindings.default({ module_or_path: wasm });
} catch (error) {
  // (Only where the page has something to do: a page of text and links reads as it is.)
  if (firstView?.querySelector('form, button')) document.getElementById('app-missing')?.removeAttribute('hidden');
  console.warn('Passage could not start here:', error);
}
