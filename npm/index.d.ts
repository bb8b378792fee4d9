// Typings of the mpyc npm package (index.js).

/** Where a rejected source went wrong (the parts of mpy-cross's traceback). */
export interface CompileErrorInfo {
    /** The exception: "SyntaxError", "IndentationError", "MemoryError", ... */
    kind: string;
    /** Its message (may be empty). */
    message: string;
    /** The source name in the traceback. */
    filename: string | null;
    /** The traceback's line, when mpy-cross prints one. */
    line: number | null;
    /** 1-based column of the offending token, where the parser knows it. */
    column: number | null;
}

/** What an mpy-cross run gave (pybricks' @pybricks/mpy-cross-v6 result, plus `error`). */
export interface CompileResult {
    /** 0: compiled; 1: source rejected (mpy-cross's exit status); 2: options refused. */
    status: number;
    /** Lines mpy-cross printed to stdout (--version, -march=debug's listing). */
    out: string[];
    /** Lines mpy-cross printed to stderr: its exact report, or the usage text. */
    err: string[];
    /** The .mpy file, when status is 0 and a file was compiled. */
    mpy?: Uint8Array;
    /** The rejected source's error, when status is 1. */
    error?: CompileErrorInfo;
}

/** The object form of the options; each key stands for one mpy-cross argument. */
export interface CompileOptions {
    /** `--micropython=`: the release whose mpy-cross to imitate ("1.19" .. "1.29"; default "1.29"). */
    micropython?: string;
    /** `-march=`: x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp, armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, host, debug. */
    march?: string;
    /** `-march-flags=` (rv32imc, 1.27+): "zba", "zba,zcmp" or a number. */
    marchFlags?: string;
    /** `-O<n>`: 1+ drops asserts, 3 drops line numbers. */
    opt?: number;
    /** `-X emit=`: the default emitter. */
    emit?: 'bytecode' | 'native' | 'viper';
    /** `-X source-lines` / `-X no-source-lines`. */
    sourceLines?: boolean;
    /** `-msmall-int-bits=`. */
    smallIntBits?: number;
    /** `-s`: the source name stored in the file. */
    sourceName?: string;
    /** `--mpy-version=`: the .mpy flavour when only that matters ("6.0" .. "6.3"). */
    mpyVersion?: string;
}

/** mpy-cross arguments (`["-march=armv6m", "-X", "emit=native"]`) or the object form. */
export type Options = readonly string[] | CompileOptions;

/** Where the wasm module is: a file path or URL (node), a URL (browsers). */
export type WasmPath = string | URL;

/** One instantiated module, with synchronous calls (for editors and playgrounds). */
export declare class Compiler {
    private constructor();
    /** Compile as `mpy-cross [options] fileName`; throws TypeError for wrong argument types. */
    compile(fileName: string, fileContents: string | Uint8Array, options?: Options): CompileResult;
    /** `mpyc dump`'s text; throws an Error with the loader's message for a corrupt file. */
    dump(mpy: Uint8Array): string;
    /** `mpyc dump --json`'s object (without the `file` key). */
    dumpJson(mpy: Uint8Array): Record<string, unknown>;
    /** The releases imitated, oldest first. */
    releases(): string[];
    /** The release compiled for when none is given. */
    defaultRelease(): string;
}

/** The compiler of the module at `wasmPath` (default: mpyc.wasm next to index.js), loaded once. */
export declare function load(wasmPath?: WasmPath): Promise<Compiler>;

/** pybricks-compatible compile; rejects only if the module cannot be loaded or for wrong argument types. */
export declare function compile(
    fileName: string,
    fileContents: string | Uint8Array,
    options?: Options,
    wasmPath?: WasmPath,
): Promise<CompileResult>;

/** `mpyc dump`'s text for an .mpy file; rejects with the loader's message for a corrupt one. */
export declare function dump(mpy: Uint8Array, wasmPath?: WasmPath): Promise<string>;

/** `mpyc dump --json`'s object for an .mpy file. */
export declare function dumpJson(mpy: Uint8Array, wasmPath?: WasmPath): Promise<Record<string, unknown>>;

/** The MicroPython releases imitated, oldest first. */
export declare function releases(wasmPath?: WasmPath): Promise<string[]>;
