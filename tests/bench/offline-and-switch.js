// Benchmark (not a test): how long a visited page takes to show with no network, and how long
// switching to a language already downloaded takes, on a CPU slowed 4 times (as a cheap
// phone). Prints medians of several runs.
// Usage: node tests/bench/offline-and-switch.js http://127.0.0.1:PORT
const { chromium } = require('@playwright/test');

const base = process.argv[2];
const RUNS = 10;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  // Offline: one visit, then the page again with the network gone, to its heading on screen.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${base}/en/loan`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await context.setOffline(true);
  const offline = [];
  for (let i = 0; i < RUNS; i++) {
    const started = Date.now();
    await page.goto(`${base}/en/loan`, { waitUntil: 'commit' });
    await page.waitForSelector('main h1');
    offline.push(Date.now() - started);
  }
  await context.setOffline(false);
  await context.close();

  // Switching: both languages downloaded once, then back and forth.
  const switching = [];
  const second = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page2 = await second.newPage();
  await page2.goto(`${base}/en/loan`);
  await page2.waitForSelector('main h1');
  for (const lang of ['ar', 'en']) {
    await page2.selectOption('#language-picker', lang);
    await page2.waitForFunction((lang) => document.documentElement.lang === lang, lang);
  }
  await (await second.newCDPSession(page2)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let i = 0; i < RUNS; i++) {
    const lang = i % 2 === 0 ? 'ar' : 'en';
    switching.push(await page2.evaluate(async (lang) => {
      const select = document.getElementById('language-picker');
      const started = performance.now();
      select.value = lang;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (document.documentElement.lang !== lang) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - started;
    }, lang));
  }
  await second.close();
  await browser.close();
  console.log(`visited page with no network, to its heading, CPU 4x slower: median ${median(offline)} ms over ${RUNS} runs (goal <= 1000 ms)`);
  console.log(`switch to a downloaded language, to the page drawn, CPU 4x slower: median ${median(switching).toFixed(1)} ms over ${RUNS} runs (goal <= 100 ms)`);
})();
