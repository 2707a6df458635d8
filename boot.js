// Starts the app. Trunk writes the hashed file names into <meta name="passage-app">; loading
// them from this external module keeps every script under the CSP's script-src 'self'.
const meta = document.querySelector('meta[name="passage-app"]');
const bindings = await import(meta.dataset.js);
await bindings.default({ module_or_path: meta.dataset.wasm });

// Once started, keep the app's files for the next visit without a network.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}
