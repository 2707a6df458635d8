// Builds every page's static first view: the app itself draws each page, in each language, in
// Debian's Chromium, and the result is saved as plain HTML (dist/<lang>/<path>/index.html, and
// dist/<lang>/404.html for addresses the app does not know). The pages read without JavaScript,
// and the app draws the very same page over them when it starts, so nothing moves.
//
// Pages are found by following the app's own links from each language's home page, so a new
// page is built as soon as a link leads to it. The offline page (/<lang>/offline) is built too,
// and the service worker (dist/sw.js) gets the list of files and pages to save.
//
// Usage: node tools/prerender.js <dist> (PASSAGE_API_BIN: the passage-api binary; PASSAGE_DB).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const net = require('net');
const { spawn } = require('child_process');
const { chromium } = require('@playwright/test');
const { versionOf, MANIFEST_LINE } = require('./version');

const dist = path.resolve(process.argv[2] || 'dist');
const root = path.resolve(__dirname, '..');
const languages = JSON.parse(fs.readFileSync(path.join(root, 'locales', 'languages.json'), 'utf8')).map((row) => row[0]);

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url) {
  for (let i = 0; i < 150; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch (_) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** The page as HTML. */
async function snapshot(page) {
  return page.evaluate(() => {
    // What the app set as properties (a checked radio, a typed value, an open <details>)
    // becomes attributes, so the HTML shows the page as it is.
    for (const input of document.querySelectorAll('input')) {
      if (input.checked) input.setAttribute('checked', '');
      else input.removeAttribute('checked');
      if (input.value) input.setAttribute('value', input.value);
      else input.removeAttribute('value');
    }
    const html = document.documentElement.cloneNode(true);
    // (boot.js adds the preload of the page's messages once the first view is drawn.)
    for (const link of html.querySelectorAll('link[rel=preload]')) link.remove();
    // Pictures wait for the app, which leaves them out in low-data mode: in the first view
    // they are named but not fetched (a page without JavaScript still shows them).
    for (const img of html.querySelectorAll('main img[src]')) {
      const fallback = document.createElement('noscript');
      fallback.innerHTML = img.outerHTML;
      img.setAttribute('data-src', img.getAttribute('src'));
      img.removeAttribute('src');
      img.after(fallback);
    }
    // The manifest (and the home-screen icons it names, 6 KB) is not asked for before the first
    // view is painted: boot.js links it then. Without JavaScript, <noscript> does. (The tab's
    // icon stays: without it the browser asks for /favicon.ico at the same moment.)
    const deferred = [...html.querySelectorAll('head link[rel=manifest][href]')];
    if (deferred.length) {
      const fallback = document.createElement('noscript');
      fallback.innerHTML = deferred.map((link) => link.outerHTML).join('');
      deferred[deferred.length - 1].after(fallback);
      for (const link of deferred) {
        link.setAttribute('data-href', link.getAttribute('href'));
        link.removeAttribute('href');
      }
    }
    // Focus and run-time marks are not part of a first view.
    for (const el of html.querySelectorAll('[tabindex="-1"]:not(main):not([id])')) el.removeAttribute('tabindex');
    return `<!doctype html>\n${html.outerHTML}\n`;
  });
}

/**
 * The page with its style sheet and boot script written into it: a first visit then draws the
 * page from its HTML alone, with no request in between (on a 400 ms link, one or two round trips
 * sooner). passage-api allows exactly these texts by their hashes in its Content-Security-Policy,
 * and answers a browser that holds the files already (its service worker says so) with the
 * page linking them instead, so only a first visit pays for them in its HTML.
 */
function inline(html) {
  const replace = (pattern, tag) => {
    const found = pattern.exec(html);
    if (!found) throw new Error(`no ${pattern} in a page`);
    const text = fs.readFileSync(path.join(dist, found[1]), 'utf8');
    if (text.includes(`</${tag}`)) throw new Error(`${found[1]} holds </${tag}: it cannot be written into a page`);
    // (data-file names the file: passage-api links it instead, the service worker keeps the text
    // as that file.)
    html = html.replace(found[0], () => (tag === 'style'
      ? `<style data-file="/${found[1]}">${text}</style>`
      : `<script type="module" data-file="/${found[1]}">${text}</script>`));
  };
  replace(/<link [^>]*href="\/(app-[0-9a-f]+\.css)"[^>]*>/, 'style');
  replace(/<script [^>]*src="\/(boot-[0-9a-f]+\.js)"[^>]*><\/script>/, 'script');
  return html;
}

/** Where a page's HTML goes: /ar/ → ar/index.html, /ar/loan → ar/loan/index.html. */
function fileFor(pathname) {
  const clean = pathname.replace(/\/+$/, '');
  return path.join(dist, ...clean.split('/').filter(Boolean), 'index.html');
}

/** Writes the build's files and pages into dist/sw.js, versioned by their content. */
function writeServiceWorker(manifest) {
  const hashed = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$/;
  // The app's parts: each saved when a page of its is opened, not on every first visit.
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const parts = (/<meta name="passage-bundles" content="([^"]*)">/.exec(index) || [])[1] || '';
  manifest.bundles = parts.split(';').filter(Boolean).map((entry) => {
    const [name, js, wasm, ...paths] = entry.trim().split(/\s+/);
    return { name, files: [js, wasm], paths };
  });
  // The main part draws every other page; it too is saved only when a page of its is open.
  const main = ['data-js', 'data-wasm'].map((attribute) => {
    const tag = /<meta [^>]*name="?passage-app"?[^>]*>/.exec(index)?.[0] || '';
    const value = new RegExp(`${attribute}="?([^"\\s>]+)`).exec(tag)?.[1];
    if (!value) throw new Error(`dist/index.html: no ${attribute} in its passage-app meta`);
    return value;
  });
  manifest.main = main;
  const partFiles = [...main, ...manifest.bundles.flatMap((part) => part.files)];
  // (Not the home-screen icons: the browser fetches them itself when a person adds Passage.)
  manifest.shell = [
    ...fs.readdirSync(dist).filter((name) => hashed.test(name)).sort().map((name) => `/${name}`)
      .filter((file) => !partFiles.includes(file)),
    '/manifest.webmanifest',
  ];
  // Tigrinya readers without an Ethiopic font need the web font offline too.
  const fonts = fs.readdirSync(path.join(dist, 'fonts')).map((name) => `/fonts/${name}`);
  if (manifest.languages.ti) manifest.languages.ti.fonts = fonts;
  // Every file the build made, by its content: a new build of anything, a picture or the
  // manifest under its fixed name included, is a new version.
  manifest.version = versionOf(dist);
  const file = path.join(dist, 'sw.js');
  const source = fs.readFileSync(file, 'utf8');
  if (!MANIFEST_LINE.test(source)) throw new Error('sw.js has no MANIFEST line');
  fs.writeFileSync(file, source.replace(MANIFEST_LINE, `const MANIFEST = ${JSON.stringify(manifest)};`));
}

(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const db = process.env.PASSAGE_DB || path.join(require('os').tmpdir(), `passage-prerender-${process.pid}.db`);
  const api = spawn(process.env.PASSAGE_API_BIN, ['serve'], {
    env: { ...process.env, PORT: String(port), PASSAGE_DIST: dist, PASSAGE_DB: db, RUST_LOG: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let failed = false;
  try {
    await waitFor(`${origin}/api/v1/health`);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const built = [];
    const manifest = { version: '', shell: [], languages: {}, offline: {} };
    // What "keep all topics" downloads besides the topics' text: the part of the app that shows
    // a topic, with its messages in the page's language (compressed as passage-api sends them).
    const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const brotli = (url) => zlib.brotliCompressSync(fs.readFileSync(path.join(dist, url)), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    const topicPart = (/<meta name="passage-bundles" content="([^"]*)">/.exec(index)?.[1] || '')
      .split(';').map((entry) => entry.trim().split(/\s+/)).find(([name]) => name === 'topic') || [];
    const topicMessages = Object.fromEntries(
      ((/<meta name="passage-messages" content="([^"]*)">/.exec(index) || [])[1] || '').split(/\s+/)
        .map((pair) => pair.split('=')).filter(([id]) => id.startsWith('topic/'))
        .map(([id, url]) => [id.slice('topic/'.length), url]),
    );
    for (const lang of languages) {
      const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB' });
      // Pages are drawn as of the day the server serves as, when one is set (tests): a first
      // view then never depends on the day it was built.
      if (process.env.PASSAGE_TODAY) await context.clock.setFixedTime(new Date(`${process.env.PASSAGE_TODAY}T12:00:00Z`));
      if (topicPart.length > 2 && topicMessages[lang]) {
        const bytes = brotli(topicPart[1]) + brotli(topicPart[2]) + brotli(topicMessages[lang]);
        await context.addInitScript(({ lang, bytes }) => {
          if (location.pathname !== `/${lang}/orientation`) return;
          document.addEventListener('DOMContentLoaded', () => {
            const meta = document.createElement('meta');
            meta.name = 'passage-topic-bytes';
            meta.content = String(bytes);
            document.head.append(meta);
          });
        }, { lang, bytes });
      }
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const queue = [`/${lang}/`, `/${lang}/offline`];
      const seen = new Set(queue);
      const pages = [];
      while (queue.length > 0) {
        const pathname = queue.shift();
        await page.goto(`${origin}${pathname}`, { waitUntil: 'networkidle' });
        await page.waitForSelector('main h1');
        await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
        pages.push([pathname, await snapshot(page)]);
        const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
          .map((a) => new URL(a.getAttribute('href'), location.href))
          .filter((url) => url.origin === location.origin && !url.search && !url.pathname.startsWith('/api/'))
          .map((url) => url.pathname));
        for (const link of links) {
          if (link.startsWith(`/${lang}/`) && !seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
      }
      // The page for addresses the app does not know.
      await page.goto(`${origin}/${lang}/this-address-does-not-exist`, { waitUntil: 'networkidle' });
      await page.waitForSelector('main h1');
      const notFound = await snapshot(page);
      if (errors.length > 0) throw new Error(`${lang}: ${errors.join('; ')}`);
      manifest.languages[lang] = {
        // Each part's catalog in this language: { main: url, case: url, … }.
        messages: await page.evaluate((lang) => Object.fromEntries(
          document.querySelector('meta[name=passage-messages]').content.split(/\s+/)
            .map((pair) => pair.split('='))
            .filter(([id]) => id.endsWith(`/${lang}`))
            .map(([id, url]) => [id.split('/')[0], url]),
        ), lang),
        pages: pages.map(([pathname]) => pathname),
        offline: `/${lang}/offline`,
      };
      for (const [pathname, linked] of pages) {
        const html = inline(linked);
        const file = fileFor(pathname);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, html);
        built.push(path.relative(dist, file));
        if (pathname === `/${lang}/offline`) {
          // The words of the offline page, for when even it is no longer saved.
          await page.goto(`${origin}${pathname}`, { waitUntil: 'networkidle' });
          manifest.offline[lang] = await page.evaluate(() => ({
            title: document.querySelector('main h1').textContent,
            body: document.querySelector('main p').textContent,
            home: document.querySelector('main a').getAttribute('href'),
            homeLabel: document.querySelector('main a').textContent,
            dir: document.documentElement.dir,
          }));
        }
      }
      fs.writeFileSync(path.join(dist, lang, '404.html'), inline(notFound));
      built.push(`${lang}/404.html`);
      await context.close();
    }
    await browser.close();
    writeServiceWorker(manifest);
    console.log(`prerendered ${built.length} pages: ${built.filter((f) => f.startsWith('en/')).join(', ')} (and the same in ${languages.length - 1} more languages)`);
  } catch (error) {
    console.error(`prerender: ${error.message}`);
    failed = true;
  } finally {
    api.kill('SIGTERM');
  }
  process.exitCode = failed ? 1 : 0;
})();
