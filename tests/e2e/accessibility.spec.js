// axe-core finds no WCAG 2.2 A/AA violations, on a phone and on a desktop, in a left-to-right,
// a right-to-left and an Ethiopic-script locale; and nothing scrolls sideways on a 360 px phone.
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, messages, plain, appRan } = require('./fixtures');

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const PAGES = [
  { path: '/', heading: 'home-title' },
  { path: '/loan', heading: 'loan-title' },
  { path: '/appointments', heading: 'appt-title' },
  { path: '/sessions', heading: 'sessions-title' },
  { path: '/sponsor', heading: 'sponsor-title' },
  { path: '/return', heading: 'return-title' },
  { path: '/offline', heading: 'offline-title' },
  { path: '/no-such-page', heading: 'notfound-title' },
];

// The not-found page answers 404, which Chromium reports on the console.
test.use({ expectedConsoleErrors: [/status of 404/] });

for (const lang of ['en', 'ar', 'ti']) {
  const words = messages(lang);
  for (const viewport of VIEWPORTS) {
    for (const { path, heading } of PAGES) {
      test(`${path} in ${lang} at ${viewport.width}×${viewport.height} has no axe violations`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(`/${lang}${path}`);
        // The page as the app draws it (axe must not see it replaced halfway).
        await appRan(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(words[heading]));
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
}
