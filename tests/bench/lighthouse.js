// Benchmark (not a test): Lighthouse's mobile audit of one page of every part of the app, in
// English and Arabic (and Tigrinya for the orientation topics, which travellers read most),
// from the release build served by passage-api, at Lighthouse's default mobile throttling
// (1.6 Mbps, 150 ms, CPU 4x slower) and on a worse link (400 kbps, 400 ms, CPU 4x slower).
// Prints score, LCP, TBT (where the start-up time goes) and CLS per page.
// (PASSAGE_BENCH_PAGES, space-separated, audits other pages.)
// Usage: node tests/bench/lighthouse.js http://127.0.0.1:PORT  (Lighthouse from tools/bench)
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = process.argv[2];
const cli = path.join(__dirname, '..', '..', 'tools', 'bench', 'node_modules', 'lighthouse', 'cli', 'index.js');
const parts = ['/', '/loan', '/appointments', '/sponsor', '/return', '/orientation', '/orientation/housing', '/sessions'];
const pages = process.env.PASSAGE_BENCH_PAGES?.split(/\s+/).filter(Boolean) || [
  ...['en', 'ar'].flatMap((lang) => parts.map((part) => `/${lang}${part}`)),
  '/ti/orientation', '/ti/orientation/housing',
];
const settings = [
  ['default mobile', []],
  ['400 kbps, 400 ms', ['--throttling.rttMs=400', '--throttling.throughputKbps=400', '--throttling.cpuSlowdownMultiplier=4']],
];
const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'passage-lighthouse-'));
console.log(`${'page'.padEnd(26)} ${'throttling'.padEnd(18)} ${'score'.padStart(5)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(7)} ${'CLS'.padStart(5)}`);
for (const [name, extra] of settings) {
  for (const page of pages) {
    const report = path.join(out, 'report.json');
    try {
      execFileSync(process.execPath, [cli, `${base}${page}`, '--quiet', `--chrome-flags=${flags}`,
        '--only-categories=performance', '--output=json', `--output-path=${report}`, ...extra],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
      const result = JSON.parse(fs.readFileSync(report, 'utf8'));
      const audit = (id) => result.audits[id].numericValue;
      console.log(`${page.padEnd(26)} ${name.padEnd(18)} ${String(Math.round(result.categories.performance.score * 100)).padStart(5)} ${String(Math.round(audit('largest-contentful-paint'))).padStart(7)} ${String(Math.round(audit('total-blocking-time'))).padStart(7)} ${audit('cumulative-layout-shift').toFixed(3).padStart(5)}`);
    } catch (error) {
      console.log(`${page.padEnd(26)} ${name.padEnd(18)} failed: ${error.message.split('\n')[0]}`);
    }
  }
}
console.log('goals: score >= 95 on every page, LCP <= 2000 ms at both settings, TBT < 100 ms at the default, CLS 0');
fs.rmSync(out, { recursive: true, force: true });
