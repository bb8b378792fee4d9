// Shared by the tests: the native mpyc binary (the reference) and the built wasm module.
// Both must exist: a missing one fails the tests with the command that builds it, so a
// test run never passes without having compared anything.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INPUTS = fileURLToPath(new URL('../test/inputs/', import.meta.url));
export const WASM = fileURLToPath(new URL('../mpyc.wasm', import.meta.url));

/** The mpyc binary: $MPYC_BIN, else the workspace's release build. */
export function mpycBin() {
    const bin = process.env.MPYC_BIN
        || fileURLToPath(new URL('../../target/release/mpyc', import.meta.url));
    if (!existsSync(bin)) {
        throw new Error(`the mpyc binary ${bin} is missing: build it with \`cargo build --release\` `
            + 'at the repository root, or point MPYC_BIN at one');
    }
    return bin;
}

/** Fail unless the wasm module was built. */
export function requireWasm() {
    if (!existsSync(WASM)) {
        throw new Error(`${WASM} is missing: build it with \`npm run build\` in npm/ (see npm/build.sh)`);
    }
}

/** The Python inputs, by file name; fails when the folder is empty. */
export function inputs() {
    const names = readdirSync(INPUTS).filter((n) => n.endsWith('.py')).sort();
    if (names.length === 0) throw new Error(`no inputs in ${INPUTS}`);
    return names;
}

/** A test input's text. */
export function input(name) {
    return readFileSync(join(INPUTS, name));
}

/**
 * mpy-cross as the binary runs it: `mpyc [options] fileName` in a directory holding the
 * source; the .mpy it writes next to it (fileName with `.py` replaced by `.mpy`), or its
 * stderr.
 */
export function binaryCompile(fileName, source, options) {
    const dir = mkdtempSync(join(tmpdir(), 'mpyc-npm-'));
    try {
        mkdirSync(dirname(join(dir, fileName)), { recursive: true });
        writeFileSync(join(dir, fileName), source);
        const r = spawnSync(mpycBin(), [...options, fileName], { cwd: dir });
        if (r.error) throw r.error;
        const out = join(dir, fileName.replace(/py$/, 'mpy'));
        const mpy = r.status === 0 && existsSync(out) ? new Uint8Array(readFileSync(out)) : undefined;
        return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString(), mpy };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** `mpyc dump [flags] x.mpy` of these bytes, by the binary. */
export function binaryDump(mpy, flags = []) {
    const dir = mkdtempSync(join(tmpdir(), 'mpyc-npm-'));
    try {
        writeFileSync(join(dir, 'x.mpy'), mpy);
        const r = spawnSync(mpycBin(), ['dump', ...flags, 'x.mpy'], { cwd: dir });
        if (r.error) throw r.error;
        return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** Text as printed lines (what `err`/`out` hold). */
export function lines(text) {
    const t = text.endsWith('\n') ? text.slice(0, -1) : text;
    return t === '' ? [] : t.split('\n');
}
