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
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

if ('serviceWorker' in navigator) {
  // Whether the network answered, as the service worker saw it (window.passageOffline, and
  // the window event "passage-connection"): the app says "You are offline" from it.
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type !== 'offline' && event.data?.type !== 'online') return;
    window.passageOffline = event.data.type === 'offline';
    window.dispatchEvent(new Event('passage-connection'));
  });
  navigator.serviceWorker.startMessages();
  navigator.serviceWorker.register('/sw.js').then((registration) => {
    const announce = () => {
      window.passageUpdateReady = true;
      window.dispatchEvent(new Event('passage-update'));
    };
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
    window.passageApplyUpdate = () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
      registration.waiting?.postMessage({ type: 'apply-update' });
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
// but its forms cannot work, and it says so (#app-missing, in the page's language).
try {
  const wasm = fetch(app.dataset.wasm);
  wasm.catch(() => {}); // (A failure is caught below, where the app awaits it.)
  const bindings = await import(app.dataset.js);
  await bindings.default({ module_or_path: wasm });
} catch (error) {
  document.getElementById('app-missing')?.removeAttribute('hidden');
  console.warn('Passage could not start here:', error);
}
