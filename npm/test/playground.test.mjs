// The browser playground (npm/playground/), driven in Debian's Chromium through
// playwright-core: compile a program with a release and an arch picked in the page, compare
// the page's dump and the downloaded .mpy with the mpyc binary's, and check the caret under a
// syntax error. Fails, never skips, when Chromium, the binary or the wasm is missing.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT, serve } from '../playground/serve.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const MPYC_BIN = process.env.MPYC_BIN || resolve(PACKAGE_ROOT, '../target/release/mpyc');
const WASM = join(PACKAGE_ROOT, 'mpyc.wasm');
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Everything the test needs that is not in the repository, with how to get it. */
function missingPrerequisites() {
  const missing = [];
  if (!existsSync(CHROMIUM)) {
    missing.push(`no Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends ` +
      `chromium (or set CHROMIUM to a Chromium binary)`);
  }
  if (!existsSync(MPYC_BIN)) {
    missing.push(`no mpyc binary at ${MPYC_BIN}: cargo build --release (at the repository's ` +
      `root), or set MPYC_BIN`);
  }
  if (!existsSync(WASM)) missing.push(`no ${WASM}: npm run build (in npm/)`);
  return missing;
}

/** The mpyc binary on `source` saved as `name`; resolves to { mpy, dump }. */
function nativeCompile(dir, name, source, args) {
  const input = join(dir, 'in.py');
  const output = join(dir, 'out.mpy');
  writeFileSync(input, source);
  rmSync(output, { force: true });
  execFileSync(MPYC_BIN, [...args, '-s', name, input, '-o', output]);
  const dump = execFileSync(MPYC_BIN, ['dump', output], { encoding: 'utf8' });
  return { mpy: readFileSync(output), dump };
}

const PROGRAM = `import micropython

@micropython.native
def add(a, b):
    return a + b

@micropython.viper
def scale(x: int) -> int:
    return x * 3

def main():
    for i in range(3):
        print(add(i, 2), scale(i))

main()
`;

// Its own test, so that a missing prerequisite counts as a failure (a failed before hook
// only cancels the tests below).
test('the playground test has Chromium, the mpyc binary and mpyc.wasm', () => {
  const missing = missingPrerequisites();
  assert.deepEqual(missing, [], `the playground test needs:\n  ${missing.join('\n  ')}`);
});

describe('playground in Chromium', () => {
  let server;
  let context;
  let page;
  let work;
  const pageErrors = [];
  const timings = {};

  before(async () => {
    const missing = missingPrerequisites();
    assert.deepEqual(missing, [], `the playground test needs:\n  ${missing.join('\n  ')}`);
    let chromium;
    try {
      ({ chromium } = await import('playwright-core'));
    } catch (e) {
      assert.fail(`cannot import playwright-core (${e.message}): npm install (in npm/)`);
    }
    work = mkdtempSync(join(tmpdir(), 'mpyc-playground-'));
    server = await serve({ port: 0 });
    const t0 = performance.now();
    // A fresh profile each run; Playwright takes it as userDataDir, not as an argument.
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      timeout: 60_000,
    });
    timings.launch = performance.now() - t0;
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => pageErrors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console error: ${m.text()}`);
    });
    const t1 = performance.now();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready]');
    timings.load = performance.now() - t1;
    const ready = await page.getAttribute('body', 'data-ready');
    assert.equal(ready, 'true', `the page did not load the compiler: ${
      await page.textContent('#error')}`);
  });

  after(async () => {
    await context?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    const ms = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
    if (ms) console.log(`# playground timings: ${ms}`);
  });

  it('offers every release, newest selected', async () => {
    const releases = await page.$$eval('#release option', (os) => os.map((o) => o.value));
    assert.ok(releases.includes('1.19') && releases.includes('1.29'), releases.join(' '));
    const newest = releases.reduce((a, b) =>
      (a.split('.').map(Number)[1] >= b.split('.').map(Number)[1] ? a : b));
    assert.equal(await page.inputValue('#release'), newest);
  });

  const cases = [
    {
      name: 'blinky.py', release: '1.22', arch: 'armv7m', emit: 'bytecode', opt: '0',
      lines: true, args: ['--micropython', '1.22', '-march=armv7m'], how: 'button',
    },
    {
      name: 'fast.py', release: '1.29', arch: 'x64', emit: 'native', opt: '2', lines: false,
      args: ['--micropython', '1.29', '-march=x64', '-X', 'emit=native', '-O2', '-X',
        'no-source-lines'],
      how: 'Ctrl+Enter',
    },
  ];
  for (const c of cases) {
    it(`compiles ${c.name} for ${c.release} ${c.arch} (${c.how}) as the binary does`, async () => {
      await page.fill('#filename', c.name);
      await page.fill('#source', '');
      await page.locator('#source').pressSequentially(PROGRAM);
      await page.selectOption('#release', c.release);
      await page.selectOption('#arch', c.arch);
      await page.selectOption('#emit', c.emit);
      await page.selectOption('#opt', c.opt);
      await page.setChecked('#source-lines', c.lines);
      const t0 = performance.now();
      if (c.how === 'button') await page.click('#compile');
      else await page.locator('#source').press('Control+Enter');
      await page.waitForSelector('#download:not([hidden])');
      timings[`compile ${c.name}`] = performance.now() - t0;
      const inPage = (await page.textContent('#status')).match(/in ([\d.]+) ms/);
      if (inPage) timings[`in-page compile ${c.name}`] = Number(inPage[1]);

      const want = nativeCompile(work, c.name, PROGRAM, c.args);
      const stem = c.name.replace(/\.py$/, '');
      assert.equal(await page.textContent('#command'),
        ['mpyc', ...c.args, '-s', c.name, c.name, '-o', `${stem}.mpy`].join(' '));
      assert.ok(await page.isHidden('#error'), await page.textContent('#error'));
      assert.equal(await page.textContent('#dump'), want.dump);

      const t1 = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#download'),
      ]);
      const got = readFileSync(await download.path());
      timings[`download ${c.name}`] = performance.now() - t1;
      assert.equal(download.suggestedFilename(), `${stem}.mpy`);
      assert.ok(got.equals(want.mpy), `downloaded ${got.length} bytes, mpyc wrote ${
        want.mpy.length}; they differ`);
    });
  }

  it('loads a dropped .py file', async () => {
    const data = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['print("dropped")\n'], 'dropped.py', { type: 'text/x-python' }));
      return dt;
    });
    await page.dispatchEvent('#source', 'drop', { dataTransfer: data });
    await page.waitForFunction(() => document.getElementById('filename').value === 'dropped.py');
    assert.equal(await page.inputValue('#source'), 'print("dropped")\n');
  });

  it('shows a refused option as an error, not a broken page', async () => {
    await page.selectOption('#release', '1.22');
    await page.selectOption('#arch', 'rv32imc'); // rv32imc came in 1.24
    await page.click('#compile');
    await page.waitForSelector('#error:not([hidden])');
    assert.ok(await page.isHidden('#download'));
    assert.notEqual((await page.textContent('#error-message')).trim(), '');
  });

  it('shows a syntax error with a caret under its column', async () => {
    await page.selectOption('#release', '1.29');
    await page.selectOption('#arch', '');
    await page.selectOption('#emit', 'bytecode');
    await page.fill('#filename', 'bad.py');
    await page.fill('#source', 'x = 1\nif x:\n    y = (x +* 2)\n');
    await page.click('#compile');
    await page.waitForSelector('#error:not([hidden])');
    assert.ok(await page.isHidden('#download'));
    assert.equal(await page.textContent('#dump'), '');
    const message = await page.textContent('#error-message');
    assert.match(message, /File "bad\.py", line 3/);
    assert.match(message, /SyntaxError: invalid syntax/);
    assert.equal(await page.textContent('#error-context'),
      '   3 |     y = (x +* 2)\n     |             ^');
  });

  it('counts the column as the lexer does: UTF-8 bytes, tabs to multiples of 8', async () => {
    await page.fill('#filename', 'tabs.py');
    await page.fill('#source', "if 1:\n\ts = 'é' +* 2\n");
    await page.click('#compile');
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#status'), /line 2, column 19/);
    assert.equal(await page.textContent('#error-context'),
      "   2 | \ts = 'é' +* 2\n     | \t         ^");
  });

  it('puts the caret at the line start when the error has no column', async () => {
    await page.fill('#filename', 'ret.py');
    await page.fill('#source', 'x = 1\nif x:\n    return x\n');
    await page.click('#compile');
    await page.waitForSelector('#error:not([hidden])');
    const message = await page.textContent('#error-message');
    assert.match(message, /SyntaxError: 'return' outside function/);
    assert.equal(await page.textContent('#error-context'), '   3 |     return x\n     | ^');
    assert.deepEqual(pageErrors, []);
  });
});
