// mpyc in WebAssembly: MicroPython's mpy-cross of every release 1.19..1.29, with the API
// of pybricks' @pybricks/mpy-cross-v6 (compile(fileName, fileContents, options, wasmPath))
// plus a synchronous Compiler for editors and playgrounds.
//
// The module (npm/wasm, built by build.sh) exports a small C ABI instead of wasm-bindgen
// glue: requests are bytes written into memory from mpyc_alloc, and every call returns
// one buffer: [u32 header length][u32 payload length][JSON header][payload bytes].

const DEFAULT_WASM = new URL('./mpyc.wasm', import.meta.url);

const isNode = typeof process !== 'undefined' && Boolean(process.versions?.node);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Instantiated modules by wasm location, so each is fetched and compiled once. */
const loaded = new Map();

/** Where the module is: the given path or URL, else the file next to this script. */
function wasmLocation(wasmPath) {
    if (wasmPath === undefined || wasmPath === null) return DEFAULT_WASM;
    if (wasmPath instanceof URL || typeof wasmPath === 'string') return wasmPath;
    throw new TypeError('wasmPath must be a string or a URL');
}

/** node's fs module, named through a variable so that bundlers for browsers leave it out. */
const NODE_FS = 'node:fs/promises';

/** The module's bytes in node: a file path, or a file: URL. */
async function readInNode(where) {
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS);
    const path = typeof where === 'string' && where.startsWith('file:') ? new URL(where) : where;
    return readFile(path);
}

/** Compile and instantiate the module: from the file system in node, with fetch elsewhere. */
async function instantiate(where) {
    const remote = String(where).match(/^(https?|data|blob):/);
    if (isNode && !remote) {
        const { module, instance } = await WebAssembly.instantiate(await readInNode(where), {});
        return { module, instance };
    }
    const response = await fetch(where);
    if (!response.ok) {
        throw new Error(`cannot fetch ${where}: ${response.status} ${response.statusText}`);
    }
    const streaming = typeof WebAssembly.instantiateStreaming === 'function'
        && response.headers.get('content-type') === 'application/wasm';
    if (streaming) return WebAssembly.instantiateStreaming(response, {});
    return WebAssembly.instantiate(await response.arrayBuffer(), {});
}

/** A source as UTF-8 bytes (what mpy-cross reads from its file). */
function sourceBytes(fileContents) {
    if (typeof fileContents === 'string') return encoder.encode(fileContents);
    if (fileContents instanceof Uint8Array) return fileContents;
    if (fileContents instanceof ArrayBuffer) return new Uint8Array(fileContents);
    throw new TypeError('fileContents must be a string or a Uint8Array');
}

/** An .mpy file's bytes. */
function mpyBytes(mpy) {
    if (mpy instanceof Uint8Array) return mpy;
    if (mpy instanceof ArrayBuffer) return new Uint8Array(mpy);
    throw new TypeError('mpy must be a Uint8Array');
}

/** Each option of the object form, as the mpy-cross words it stands for. */
const OPTION_WORDS = {
    micropython: (v) => [`--micropython=${text('micropython', v)}`],
    march: (v) => [`-march=${text('march', v)}`],
    marchFlags: (v) => [`-march-flags=${text('marchFlags', v)}`],
    opt: (v) => [`-O${integer('opt', v)}`],
    emit: (v) => ['-X', `emit=${text('emit', v)}`],
    sourceLines: (v) => ['-X', flag('sourceLines', v) ? 'source-lines' : 'no-source-lines'],
    smallIntBits: (v) => [`-msmall-int-bits=${integer('smallIntBits', v)}`],
    sourceName: (v) => ['-s', text('sourceName', v)],
    mpyVersion: (v) => [`--mpy-version=${text('mpyVersion', v)}`],
};

function text(key, v) {
    if (typeof v !== 'string') throw new TypeError(`options.${key} must be a string`);
    return v;
}

function integer(key, v) {
    if (!Number.isInteger(v)) throw new TypeError(`options.${key} must be an integer`);
    return v;
}

function flag(key, v) {
    if (typeof v !== 'boolean') throw new TypeError(`options.${key} must be a boolean`);
    return v;
}

/** The mpy-cross words of `options`: an array of them, or the object form. */
function optionWords(options) {
    if (options === undefined || options === null) return [];
    if (Array.isArray(options)) {
        for (const word of options) {
            if (typeof word !== 'string') throw new TypeError('options must be strings');
        }
        return options;
    }
    if (typeof options !== 'object') {
        throw new TypeError('options must be an array of mpy-cross arguments or an object');
    }
    const words = [];
    for (const [key, value] of Object.entries(options)) {
        if (value === undefined) continue;
        const toWords = Object.hasOwn(OPTION_WORDS, key) ? OPTION_WORDS[key] : undefined;
        if (!toWords) {
            const known = Object.keys(OPTION_WORDS).join(', ');
            throw new TypeError(`unknown option ${JSON.stringify(key)}; known: ${known}`);
        }
        words.push(...toWords(value));
    }
    return words;
}

/** What mpy-cross prints when its compiler runs out of stack (MicroPython's own message). */
const RECURSION = 'maximum recursion depth exceeded';

/**
 * A wasm call that did not return: the engine's stack overflowed (the source nests deeper
 * than this engine allows recursion; RangeError in V8 and JavaScriptCore, InternalError
 * in Firefox), or the module trapped (a RuntimeError: a bug, or its own stack overflowed).
 */
class Trap extends Error {
    constructor(name, cause) {
        super(`mpyc.wasm did not return from ${name}: ${cause.message}`, { cause });
        this.overflow = cause instanceof RangeError || cause?.name === 'InternalError';
    }
}

/** Whether `e` is the engine abandoning a wasm call, rather than an error of the glue. */
function isTrap(e) {
    return e instanceof WebAssembly.RuntimeError || e instanceof RangeError || e?.name === 'InternalError';
}

/**
 * The compiler of one instantiated module, with synchronous calls. A call that traps
 * leaves the instance's memory and stack pointer in an unknown state, so the instance is
 * replaced before anything else runs: by a spare one made in the background (browsers
 * may refuse to instantiate a large module synchronously on the main thread), else by a
 * new one made on the spot.
 */
export class Compiler {
    #module;
    #exports;
    #spare = null;

    /** Use load() rather than this constructor. */
    constructor(module, instance) {
        this.#module = module;
        this.#exports = instance.exports;
        this.#prepareSpare();
    }

    /** Make the next replacement instance in the background. */
    #prepareSpare() {
        WebAssembly.instantiate(this.#module, {}).then(
            (instance) => { this.#spare = instance.exports; },
            () => { this.#spare = null; },
        );
    }

    /** Put a fresh instance in place of one that trapped. */
    #renew() {
        if (this.#spare) {
            this.#exports = this.#spare;
            this.#spare = null;
        } else {
            this.#exports = new WebAssembly.Instance(this.#module, {}).exports;
        }
        this.#prepareSpare();
    }

    /** Call an export; a trap renews the instance and throws a Trap. */
    #call(name, ...args) {
        try {
            return this.#exports[name](...args);
        } catch (e) {
            if (!isTrap(e)) throw e;
            this.#renew();
            throw new Trap(name, e);
        }
    }

    /** Copy `bytes` into a new module buffer; returns [ptr, len, instance] for #free. */
    #put(bytes) {
        const ptr = this.#call('mpyc_alloc', bytes.length);
        new Uint8Array(this.#exports.memory.buffer, ptr, bytes.length).set(bytes);
        return [ptr, bytes.length, this.#exports];
    }

    /** Give a buffer back, unless a trap has replaced the instance it was in. */
    #free([ptr, len, exports = this.#exports]) {
        if (exports === this.#exports) this.#call('mpyc_free', ptr, len);
    }

    /** Read and free a response buffer: its JSON header and a copy of its payload. */
    #take(ptr) {
        const view = new DataView(this.#exports.memory.buffer);
        const headerLen = view.getUint32(ptr, true);
        const payloadLen = view.getUint32(ptr + 4, true);
        const bytes = new Uint8Array(this.#exports.memory.buffer, ptr + 8, headerLen + payloadLen);
        const header = JSON.parse(decoder.decode(bytes.subarray(0, headerLen)));
        const payload = bytes.slice(headerLen);
        this.#free([ptr, 8 + headerLen + payloadLen]);
        return { header, payload };
    }

    /**
     * Compile a source as `mpy-cross [options] fileName` would: status 0 with the .mpy,
     * 1 for a rejected source (err: mpy-cross's stderr lines, error: where), 2 for
     * options mpy-cross refuses (err: its usage text or message).
     */
    compile(fileName, fileContents, options) {
        if (typeof fileName !== 'string') throw new TypeError('fileName must be a string');
        const source = sourceBytes(fileContents);
        const request = encoder.encode(JSON.stringify({ file: fileName, args: optionWords(options) }));
        const req = this.#put(request);
        let src;
        try {
            src = this.#put(source);
            const { header, payload } = this.#take(this.#call('mpyc_compile', req[0], req[1], src[0], src[1]));
            const result = { status: header.status, out: header.out, err: header.err };
            if (header.hasMpy) result.mpy = payload;
            if (header.error) result.error = header.error;
            return result;
        } catch (e) {
            if (!(e instanceof Trap && e.overflow)) throw e;
            // Nested deeper than the engine's stack allows: MicroPython's own error for a
            // compiler out of stack (the binary, with a 256 MiB stack, compiles it).
            return {
                status: 1,
                out: [],
                err: [`RuntimeError: ${RECURSION}`],
                error: { kind: 'RuntimeError', message: RECURSION, filename: fileName, line: null, column: null },
            };
        } finally {
            this.#free(req);
            if (src) this.#free(src);
        }
    }

    /** The dump of an .mpy file (text 0, JSON 1); throws the loader's error. */
    #dump(mpy, json) {
        const buf = this.#put(mpyBytes(mpy));
        try {
            const { header, payload } = this.#take(this.#call('mpyc_dump', buf[0], buf[1], json));
            if (!header.ok) throw new Error(header.error);
            return decoder.decode(payload);
        } finally {
            this.#free(buf);
        }
    }

    /** `mpyc dump`'s text for an .mpy file. */
    dump(mpy) {
        return this.#dump(mpy, 0);
    }

    /** `mpyc dump --json`'s object for an .mpy file (without the `file` key). */
    dumpJson(mpy) {
        return JSON.parse(this.#dump(mpy, 1));
    }

    /** The MicroPython releases whose mpy-cross is imitated, oldest first. */
    releases() {
        return this.#take(this.#call('mpyc_releases')).header.releases;
    }

    /** The release compiled for when none is given. */
    defaultRelease() {
        return this.#take(this.#call('mpyc_releases')).header.default;
    }
}

/** The compiler of the module at `wasmPath` (default: mpyc.wasm next to this file). */
export function load(wasmPath) {
    const where = wasmLocation(wasmPath);
    const key = String(where);
    let compiler = loaded.get(key);
    if (!compiler) {
        compiler = instantiate(where).then(({ module, instance }) => new Compiler(module, instance));
        // A failed load is not cached, so that a later call can try again.
        compiler.catch(() => loaded.delete(key));
        loaded.set(key, compiler);
    }
    return compiler;
}

/** pybricks' compile(): options are mpy-cross arguments (or mpyc's options object). */
export async function compile(fileName, fileContents, options, wasmPath) {
    return (await load(wasmPath)).compile(fileName, fileContents, options);
}

/** `mpyc dump`'s text for an .mpy file; rejects with the loader's error. */
export async function dump(mpy, wasmPath) {
    return (await load(wasmPath)).dump(mpy);
}

/** `mpyc dump --json`'s object for an .mpy file; rejects with the loader's error. */
export async function dumpJson(mpy, wasmPath) {
    return (await load(wasmPath)).dumpJson(mpy);
}

/** The MicroPython releases whose mpy-cross is imitated, oldest first. */
export async function releases(wasmPath) {
    return (await load(wasmPath)).releases();
}
