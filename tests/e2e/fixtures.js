// Shared test set-up: a page that records console errors, CSP violations and requests to any
// other origin, checked after every test; and the app's own Fluent messages, so tests name
// things by the words a user reads in each language.
const fs = require('fs');
const path = require('path');
const base = require('@playwright/test');

const LOCALES = path.join(__dirname, '..', '..', 'locales');

/** Single-line messages of one locale, with the brand term resolved. */
function messages(locale) {
  const out = {};
  const terms = {};
  for (const file of fs.readdirSync(path.join(LOCALES, locale))) {
    if (!file.endsWith('.ftl')) continue;
    for (const line of fs.readFileSync(path.join(LOCALES, locale, file), 'utf8').split('\n')) {
      const match = /^(-?[a-z][a-z0-9-]*)\s*=\s*(.+)$/.exec(line);
      if (!match) continue;
      (match[1].startsWith('-') ? terms : out)[match[1]] = match[2].trim();
    }
  }
  for (const id of Object.keys(out)) {
    out[id] = out[id].replace(/\{\s*(-[a-z-]+)\s*\}/g, (_, term) => terms[term] ?? '');
  }
  return out;
}

/** Removes the bidi isolation marks Fluent puts around placeables. */
function plain(text) {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** Polls a locator's text with the bidi marks removed: `await plainText(x).toContain('…')`. */
function plainText(locator) {
  return base.expect.poll(async () => plain((await locator.textContent()) ?? ''));
}

const test = base.test.extend({
  // Console errors a test causes on purpose (e.g. a request it makes fail), as regexps.
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, expectedConsoleErrors }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
      problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') {
        problems.push(`request to another origin: ${url.origin}`);
      }
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(page);
    const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
    for (const violation of csp) problems.push(`CSP violation: ${violation}`);
    base.expect(problems, 'no console errors, CSP violations or foreign requests').toEqual([]);
  },
});

module.exports = { test, expect: base.expect, messages, plain, plainText };
