// The mpyc playground: compile in the page with the npm package's wasm build, show the dump,
// mpy-cross's message with a caret on errors, and offer the .mpy for download.
// Everything that can throw is caught and shown: bad input never breaks the page.
import { load } from '../index.js';

const $ = (id) => document.getElementById(id);
const ui = {
  source: $('source'), filename: $('filename'), form: $('options'), release: $('release'),
  arch: $('arch'), emit: $('emit'), opt: $('opt'), sourceLines: $('source-lines'),
  compile: $('compile'), download: $('download'), status: $('status'), command: $('command'),
  error: $('error'), errorMessage: $('error-message'), errorContext: $('error-context'),
  output: $('output'), dump: $('dump'),
};

const EXAMPLE = `import micropython

@micropython.native
def add(a, b):
    return a + b

def main():
    for i in range(3):
        print(add(i, 2))

main()
`;

let compiler = null;
let downloadUrl = null;

/** The file name as mpy-cross's `-s` would see it (also the name put in the .mpy). */
function sourceName() {
  return ui.filename.value.trim() || 'main.py';
}

/** mpy-cross's command-line arguments for the chosen options (without file names). */
export function optionArgs() {
  const args = ['--micropython', ui.release.value];
  if (ui.arch.value) args.push(`-march=${ui.arch.value}`);
  if (ui.emit.value !== 'bytecode') args.push('-X', `emit=${ui.emit.value}`);
  if (ui.opt.value !== '0') args.push(`-O${ui.opt.value}`);
  if (!ui.sourceLines.checked) args.push('-X', 'no-source-lines');
  return args;
}

function quote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function showCommand() {
  const name = sourceName();
  const out = name.replace(/\.py$/, '') + '.mpy';
  ui.command.textContent = ['mpyc', ...optionArgs(), '-s', name, name, '-o', out]
    .map(quote).join(' ');
}

function setStatus(text) {
  ui.status.textContent = text;
}

function clearResult() {
  ui.error.hidden = true;
  ui.errorMessage.textContent = '';
  ui.errorContext.textContent = '';
  ui.output.hidden = true;
  ui.output.textContent = '';
  ui.dump.textContent = '';
  ui.download.hidden = true;
  ui.download.removeAttribute('href');
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = null;
}

/**
 * How many characters of `text` stand before mpy-cross's 1-based `column`: MicroPython's
 * lexer counts UTF-8 bytes, and a tab moves it to the next multiple of 8 (plus one).
 */
export function charsBeforeColumn(text, column) {
  const chars = [...text];
  let col = 1;
  let i = 0;
  for (; i < chars.length && col < column; i++) {
    if (chars[i] === '\t') {
      col = Math.floor((col - 1 + 8) / 8) * 8 + 1;
    } else {
      const cp = chars[i].codePointAt(0);
      col += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
  }
  return i;
}

/**
 * The offending source line and, under it, a caret at `column` (at the line's start when
 * unknown). Tabs before the column are kept so the caret lines up with the line above.
 */
export function caretContext(source, line, column) {
  const lines = source.split(/\r\n|\r|\n/);
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return '';
  const text = lines[line - 1];
  const before = Number.isInteger(column) && column > 1 ? charsBeforeColumn(text, column) : 0;
  const pad = [...text].slice(0, before).map((c) => (c === '\t' ? '\t' : ' ')).join('');
  return `${String(line).padStart(4)} | ${text}\n     | ${pad}^`;
}

function showError(message, context = '') {
  ui.error.hidden = false;
  ui.errorMessage.textContent = message;
  ui.errorContext.textContent = context;
}

function doCompile() {
  if (!compiler) return;
  clearResult();
  showCommand();
  const name = sourceName();
  const source = ui.source.value;
  try {
    const t0 = performance.now();
    const result = compiler.compile(name, source, optionArgs());
    const ms = performance.now() - t0;
    const out = (result.out ?? []).join('\n');
    if (out) {
      ui.output.hidden = false;
      ui.output.textContent = out;
    }
    if (result.status !== 0 || !result.mpy) {
      const err = (result.err ?? []).join('\n') || result.error?.message || 'compile failed';
      const e = result.error;
      const where = e?.line ? caretContext(source, e.line, e.column) : '';
      const at = e?.line ? ` at line ${e.line}${e.column ? `, column ${e.column}` : ''}` : '';
      showError(err, where);
      setStatus(result.status === 2
        ? `This release's mpy-cross refuses these options (exit status 2).`
        : `${e?.kind ?? 'Error'}${at} (exit status ${result.status}).`);
      return;
    }
    const mpy = result.mpy;
    downloadUrl = URL.createObjectURL(new Blob([mpy], { type: 'application/octet-stream' }));
    ui.download.href = downloadUrl;
    ui.download.download = name.replace(/^.*\//, '').replace(/\.py$/, '') + '.mpy';
    ui.download.textContent = `Download ${ui.download.download}`;
    ui.download.hidden = false;
    setStatus(`Compiled ${name}: ${mpy.length} bytes in ${ms.toFixed(1)} ms.`);
    try {
      ui.dump.textContent = compiler.dump(mpy);
    } catch (e) {
      showError(`The .mpy was written but cannot be dumped: ${e?.message ?? e}`);
    }
  } catch (e) {
    showError(`Internal error: ${e?.stack ?? e}`);
    setStatus('The compiler failed; see the message below.');
  }
}

async function loadFile(file) {
  try {
    ui.source.value = await file.text();
    ui.filename.value = file.name;
    setStatus(`Loaded ${file.name} (${file.size} bytes).`);
    showCommand();
  } catch (e) {
    showError(`Cannot read ${file?.name}: ${e?.message ?? e}`);
  }
}

function wire() {
  ui.form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    doCompile();
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      doCompile();
    }
  });
  for (const el of [ui.filename, ui.release, ui.arch, ui.emit, ui.opt, ui.sourceLines]) {
    el.addEventListener('change', showCommand);
  }
  ui.filename.addEventListener('input', showCommand);
  ui.source.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    ui.source.classList.add('dragging');
  });
  ui.source.addEventListener('dragleave', () => ui.source.classList.remove('dragging'));
  ui.source.addEventListener('drop', (ev) => {
    ev.preventDefault();
    ui.source.classList.remove('dragging');
    const file = ev.dataTransfer?.files?.[0];
    if (file) loadFile(file);
  });
}

function byVersion(a, b) {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return 0;
}

async function start() {
  wire();
  if (!ui.source.value) ui.source.value = EXAMPLE;
  try {
    const t0 = performance.now();
    compiler = await load();
    // Newest first, and selected.
    const releases = [...compiler.releases()].sort(byVersion).reverse();
    ui.release.replaceChildren(...releases.map((r) => new Option(r, r)));
    ui.release.value = releases[0];
    ui.release.disabled = false;
    ui.compile.disabled = false;
    showCommand();
    setStatus(`Compiler loaded in ${(performance.now() - t0).toFixed(0)} ms.`);
    document.body.dataset.ready = 'true';
  } catch (e) {
    showError(`Cannot load the compiler: ${e?.message ?? e}`);
    setStatus('The compiler did not load.');
    document.body.dataset.ready = 'failed';
  }
}

start();
