// What index.js does when a wasm call does not return, shown with a stand-in module built
// here (the real one never traps on any input the other tests give it): the engine's
// stack overflowing is MicroPython's recursion error, anything else a thrown Error; and in
// both cases the instance is replaced, so the next call runs in fresh memory.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { Compiler } from '../index.js';

/** A section: id, byte length (all below 128 here, so one LEB128 byte), content. */
function section(id, bytes) {
    assert.ok(bytes.length < 128);
    return [id, bytes.length, ...bytes];
}

/** A name as wasm encodes it. */
const name = (s) => [s.length, ...new TextEncoder().encode(s)];

/**
 * mpyc_alloc returns 0 and mpyc_free does nothing; mpyc_compile calls itself forever (the
 * engine's stack overflows); mpyc_dump traps (`unreachable`) the first time an instance
 * runs it, and returns an address outside memory if the same instance is called again.
 */
function standIn() {
    const i32 = 0x7f;
    const types = [4,
        0x60, 1, i32, 1, i32,
        0x60, 2, i32, i32, 0,
        0x60, 4, i32, i32, i32, i32, 1, i32,
        0x60, 3, i32, i32, i32, 1, i32];
    const exports = [5,
        ...name('memory'), 2, 0,
        ...name('mpyc_alloc'), 0, 0,
        ...name('mpyc_free'), 0, 1,
        ...name('mpyc_compile'), 0, 2,
        ...name('mpyc_dump'), 0, 3];
    const bodies = [
        [0, 0x41, 0, 0x0b],
        [0, 0x0b],
        [0, 0x20, 0, 0x20, 1, 0x20, 2, 0x20, 3, 0x10, 2, 0x0b],
        // if (global 0) return -16; global 0 = 1; unreachable
        [0, 0x23, 0, 0x04, 0x40, 0x41, 0x70, 0x0f, 0x0b, 0x41, 1, 0x24, 0, 0x00, 0x0b],
    ];
    const code = [bodies.length, ...bodies.flatMap((b) => [b.length, ...b])];
    const bytes = Uint8Array.from([
        0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
        ...section(1, types),
        ...section(3, [4, 0, 1, 2, 3]),
        ...section(5, [1, 0, 1]),
        ...section(6, [1, i32, 1, 0x41, 0, 0x0b]),
        ...section(7, exports),
        ...section(10, code),
    ]);
    const module = new WebAssembly.Module(bytes);
    return new Compiler(module, new WebAssembly.Instance(module, {}));
}

describe('a call that does not return', () => {
    test('stack overflow: status 1 and MicroPython\'s recursion error, every time', () => {
        const c = standIn();
        for (let i = 0; i < 3; i++) {
            const r = c.compile('deep.py', 'x = 1\n', []);
            assert.equal(r.status, 1);
            assert.deepEqual(r.err, ['RuntimeError: maximum recursion depth exceeded']);
            assert.deepEqual(r.error, {
                kind: 'RuntimeError', message: 'maximum recursion depth exceeded', filename: 'deep.py', line: null, column: null,
            });
            assert.equal(r.mpy, undefined);
        }
    });

    test('a trap throws, naming the call, and the next call runs in a new instance', () => {
        const c = standIn();
        for (let i = 0; i < 3; i++) {
            assert.throws(() => c.dump(new Uint8Array(4)), (e) => e instanceof Error
                && /^mpyc\.wasm did not return from mpyc_dump: /.test(e.message)
                && e.cause instanceof WebAssembly.RuntimeError);
        }
    });
});
