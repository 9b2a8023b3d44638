import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildImpactReport } from '../../src/impact/build-report.ts';
import { collectCode } from '../../src/impact/collect.ts';
import { sideOfApi } from '../../src/impact/side.ts';
import { impactHtml } from '../../src/report/impact/html.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available)
  console.warn(`html report browser test skipped: ${CHROMIUM} is not installed (the chromium package)`);

type Page = import('playwright-core').Page;
type Context = import('playwright-core').BrowserContext;

// What a reader sees: the report opened from disk in headless Chromium,
// with nothing but the file itself loaded.
describe.skipIf(!available)(
  `html report in headless Chromium${available ? '' : ` (skipped: ${CHROMIUM} not installed)`}`,
  () => {
    let dir: string;
    let context: Context;
    let page: Page;
    const requests: string[] = [];
    let fileUrl: string;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'impact-html-'));
      const code = await collectCode({ cwd: process.cwd(), paths: ['test/fixtures/impact/report'] });
      const report = buildImpactReport({
        from: sideOfApi('1.41', '--from'),
        to: sideOfApi('1.52', '--to'),
        code,
      });
      const file = join(dir, 'report.html');
      writeFileSync(file, impactHtml(report));
      fileUrl = pathToFileURL(file).href;
      const { chromium } = await import('playwright-core');
      context = await chromium.launchPersistentContext(join(dir, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      page = context.pages()[0] ?? (await context.newPage());
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(fileUrl);
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    // Rendered text, as a reader sees it (hidden text left out).
    const visibleText = (selector: string): Promise<string> =>
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, on purpose
      page.locator(selector).innerText();

    const column = (table: string, index: number): Promise<string[]> =>
      page.$$eval(
        `#${table} tbody tr`,
        (rows, at) => rows.map((row) => row.children[at]?.textContent ?? ''),
        index,
      );

    test('loads nothing but the file itself', () => {
      expect(requests).toEqual([fileUrl]);
    });

    test('the timeline marks the span from 1.41 to 1.52', async () => {
      expect(await page.isVisible('.timeline')).toBe(true);
      const span = await page.$$eval('.timeline .in-span', (ticks) =>
        ticks.map((tick) => tick.getAttribute('data-api')),
      );
      expect(span).toEqual([
        '1.41',
        '1.42',
        '1.43',
        '1.44',
        '1.45',
        '1.46',
        '1.47',
        '1.48',
        '1.49',
        '1.50',
        '1.51',
        '1.52',
      ]);
      expect(await page.textContent('.mark-from')).toContain('1.41');
      expect(await visibleText('.mark-from .flag')).toMatch(/from/i);
      expect(await visibleText('.mark-to')).toMatch(/to[\s\S]*1\.52[\s\S]*29\.0\.0/i);
    });

    test('the from and to sides and the code items are listed', async () => {
      expect(await visibleText('#from')).toContain('--from 1.41');
      expect(await visibleText('#to')).toContain('--to 1.52');
      const kinds = await column('code-items', 0);
      const elements = await column('code-items', 3);
      const versions = await column('code-items', 4);
      const rows = kinds.map((kind, index) => [kind, elements[index], versions[index]]);
      expect(rows).toContainEqual(['removed', 'POST /build/prune query:keep-storage', '1.52']);
      expect(rows).toContainEqual([
        'removed',
        'POST /containers/create body:HostConfig.KernelMemory',
        '1.42',
      ]);
      expect(rows).toContainEqual(['available', 'POST /build/prune query:reserved-space', '1.48']);
      expect(rows).toContainEqual(['changed', 'POST /networks/{id}/connect body:Container', '1.52']);
      expect(rows).toContainEqual(['pin refused', 'GET /_ping', '1.41']);
    });

    test('clicking a header sorts its table, a second click reverses it', async () => {
      const lines = async () => (await column('code-items', 2)).map(Number);
      await page.click('#code-items th:has-text("Line")');
      const ascending = await lines();
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(await page.getAttribute('#code-items th:has-text("Line")', 'aria-sort')).toBe('ascending');
      await page.click('#code-items th:has-text("Line")');
      expect(await lines()).toEqual([...ascending].reverse());

      await page.click('#api-changes th:has-text("Version")');
      await page.click('#api-changes th:has-text("Version")');
      const versions = await column('api-changes', 0);
      expect(versions[0]).toBe('1.52');
      expect(versions.at(-1)).toBe('1.42');
    });
  },
);
