// Screenshot of the playground after compiling its example (and, with --error, a syntax
// error): node playground/screenshot.mjs OUT.png [--error]. For looking at the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [out = 'playground.png', flag] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'mpyc-playground-shot-'));
const server = await serve();
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  viewport: { width: 1280, height: 1000 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready]');
  await page.selectOption('#arch', 'armv7m');
  if (flag === '--error') await page.fill('#source', 'x = 1\nif x:\n    y = (x +* 2)\n');
  await page.click('#compile');
  await page.waitForTimeout(200);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
