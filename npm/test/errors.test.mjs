// Rejected sources, refused options, wrong argument types and hostile nesting: the same
// answers as the mpyc binary, and never a trap that would kill the module.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { compile, load, releases } from '../index.js';
import { binaryCompile, input, lines, requireWasm } from '../test-support/support.mjs';

describe('rejected sources', () => {
    before(requireWasm);

    test('a syntax error: status 1, mpy-cross\'s stderr lines, and where', async () => {
        const source = input('syntax_error.py');
        for (const release of ['1.19', '1.22', '1.29']) {
            const words = ['--micropython', release];
            const want = binaryCompile('syntax_error.py', source, words);
            assert.equal(want.status, 1);
            const got = await compile('syntax_error.py', source, words);
            assert.equal(got.status, 1);
            assert.equal(got.mpy, undefined);
            assert.deepEqual(got.err, lines(want.stderr));
            assert.deepEqual(got.err, [
                'Traceback (most recent call last):',
                '  File "syntax_error.py", line 6',
                'SyntaxError: invalid syntax',
            ]);
            assert.equal(got.error.kind, 'SyntaxError');
            assert.equal(got.error.message, 'invalid syntax');
            assert.equal(got.error.filename, 'syntax_error.py');
            assert.equal(got.error.line, 6);
            assert.equal(got.error.column, 5);
        }
    });

    test('errors that depend on the release', async () => {
        // `!r` in f-strings arrived after 1.19; a name too long only matters from 1.22.
        const cases = [
            ['conv.py', 'x = 1\nprint(f"{x!r}")\n', '1.19'],
            ['conv.py', 'x = 1\nprint(f"{x!r}")\n', '1.29'],
            ['undef.py', 'def f():\n    nonlocal q\n', '1.29'],
            ['ret.py', 'return 5\n', '1.22'],
            // 256 bytes: interned (and refused) by 1.22+ before reading; 1.19 only stores it.
            [`${'dir/'.repeat(63)}x.py`, 'x = 1\n', '1.22'],
            [`${'dir/'.repeat(63)}x.py`, 'x = 1\n', '1.19'],
            [`${'dir/'.repeat(62)}xyz.py`, 'x = 1\n', '1.22'],
        ];
        for (const [name, source, release] of cases) {
            const words = ['--micropython', release];
            const want = binaryCompile(name, source, words);
            const got = await compile(name, source, words);
            const what = `${name.slice(0, 20)} on ${release}`;
            assert.equal(got.status, want.status, what);
            assert.deepEqual(got.err, lines(want.stderr), what);
            assert.deepEqual(got.mpy, want.mpy, what);
        }
    });
});

describe('refused options', () => {
    before(requireWasm);

    test('an unknown word or arch: status 2 and the usage text', async () => {
        for (const words of [['-march=z80'], ['--help'], ['-X', 'emit=asm'], ['-march=host', '--micropython', '1.19']]) {
            const got = await compile('a.py', 'x = 1\n', words);
            assert.equal(got.status, 2, words.join(' '));
            assert.match(got.err[0], /^usage: /);
            assert.equal(got.mpy, undefined);
            // The binary refuses the same words (it prints its usage and exits 1).
            assert.equal(binaryCompile('a.py', 'x = 1\n', words).status, 1);
        }
    });

    test('a refused value: status 2 and the binary\'s message', async () => {
        const cases = [
            ['--micropython', '1.18'],
            ['-X', 'emit=native'],
            ['-march=x64', '-march-flags=zba'],
            ['-msmall-int-bits=64'],
        ];
        for (const words of cases) {
            const want = binaryCompile('a.py', 'x = 1\n', words);
            assert.equal(want.status, 1, words.join(' '));
            const got = await compile('a.py', 'x = 1\n', words);
            assert.equal(got.status, 2, words.join(' '));
            assert.deepEqual(got.err, lines(want.stderr), words.join(' '));
        }
        const extra = await compile('a.py', 'x = 1\n', ['b.py']);
        assert.deepEqual([extra.status, extra.err], [2, ['multiple input files']]);
    });

    test('-march=debug prints its listing to out, as the binary to stdout', async () => {
        const source = input('native.py');
        const words = ['--micropython', '1.29', '-march=debug'];
        const want = binaryCompile('native.py', source, words);
        assert.equal(want.status, 0);
        const got = await compile('native.py', source, words);
        assert.equal(got.status, 0);
        assert.ok(got.out.length > 10);
        assert.deepEqual(got.out, lines(want.stdout));
        assert.deepEqual(got.mpy, want.mpy);
    });

    test('--version prints the release', async () => {
        const got = await compile('a.py', '', ['--version', '--micropython=1.22']);
        assert.equal(got.status, 0);
        assert.match(got.out[0], /^MicroPython v1\.22\.\d+ on mpyc-wasm .*; mpy-cross emitting mpy v6\.2$/);
    });

    test('wrong JavaScript types reject the promise', async () => {
        await assert.rejects(compile(1, 'x = 1\n'), TypeError);
        await assert.rejects(compile('a.py', 5), TypeError);
        await assert.rejects(compile('a.py', 'x = 1\n', [1]), TypeError);
        await assert.rejects(compile('a.py', 'x = 1\n', '-O2'), TypeError);
        await assert.rejects(compile('a.py', 'x = 1\n', { opt: '2' }), TypeError);
        await assert.rejects(compile('a.py', 'x = 1\n', { optimise: 2 }), TypeError);
        await assert.rejects(compile('a.py', 'x = 1\n', [], '/nonexistent/mpyc.wasm'));
    });
});

describe('the module itself', () => {
    before(requireWasm);

    test('load() caches one compiler per wasm path', async () => {
        assert.equal(await load(), await load());
    });

    test('releases', async () => {
        const names = await releases();
        assert.equal(names[0], '1.19');
        assert.equal(names.at(-1), '1.29');
        assert.equal(names.length, 11);
        assert.equal((await load()).defaultRelease(), '1.29');
    });

    test('a binary source with a BOM or invalid UTF-8 is answered like the binary', async () => {
        for (const source of [Uint8Array.of(0xef, 0xbb, 0xbf, 0x78, 0x3d, 0x31, 0x0a), Uint8Array.of(0x78, 0x3d, 0xff, 0x0a)]) {
            const want = binaryCompile('b.py', source, []);
            const got = await compile('b.py', source);
            assert.equal(got.status, want.status);
            assert.deepEqual(got.err, lines(want.stderr));
            assert.deepEqual(got.mpy, want.mpy);
        }
    });
});

describe('deep nesting never kills the module', () => {
    before(requireWasm);

    const nested = (open, close, n, inner = '') => `x = ${open.repeat(n)}${inner}${close.repeat(n)}\n`;
    const ifs = (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}if x:\n`).join('')
        + `${' '.repeat(n)}pass\n`;

    // Within any engine's stack: the binary's answer exactly. The last two are refused by
    // the parser (MemoryError), which does not recurse.
    const shallow = {
        'parens 200': nested('(', ')', 200, '1'),
        'ifs 100': ifs(100),
        'lists 1000': nested('[', ']', 1000),
        'calls 500': nested('f(', ')', 500, '1'),
        'lists 7644 (over the parser\'s limit)': nested('[', ']', 7644),
        'parens 200000': nested('(', ')', 200000, '1'),
    };
    // Deeper than node's default stack lets the compiler recurse: the binary's answer, or
    // MicroPython's error for a compiler out of stack, and a module that still works.
    const deep = {
        'lists 7643 (the parser\'s limit)': nested('[', ']', 7643),
        'calls 5000': nested('f(', ')', 5000, '1'),
        'subscripts 5000': nested('a[', ']', 5000, '1'),
        'dicts 3000': nested('{1: ', '}', 3000, '1'),
        'ifs 5000': ifs(5000),
        'lambdas 3000': `x = ${'lambda: '.repeat(3000)}1\n`,
        'nots 7000': `x = ${'not '.repeat(7000)}1\n`,
    };

    for (const [what, source] of Object.entries(shallow)) {
        test(what, async () => {
            const want = binaryCompile('deep.py', source, []);
            const got = await compile('deep.py', source);
            assert.equal(got.status, want.status);
            assert.deepEqual(got.err, lines(want.stderr));
            assert.deepEqual(got.mpy, want.mpy);
        });
    }

    let overflowed = 0;
    for (const [what, source] of Object.entries(deep)) {
        test(what, async () => {
            const got = await compile('deep.py', source);
            if (got.error?.message === 'maximum recursion depth exceeded') {
                overflowed += 1;
                assert.equal(got.status, 1);
                assert.deepEqual(got.err, ['RuntimeError: maximum recursion depth exceeded']);
                assert.equal(got.error.filename, 'deep.py');
            } else {
                const want = binaryCompile('deep.py', source, []);
                assert.equal(got.status, want.status);
                assert.deepEqual(got.err, lines(want.stderr));
                assert.deepEqual(got.mpy, want.mpy);
            }
            // The module still answers, with the right bytes.
            const after = await compile('ok.py', 'x = [1, 2.5, "s"]\n');
            assert.deepEqual(after.mpy, binaryCompile('ok.py', 'x = [1, 2.5, "s"]\n', []).mpy);
        });
    }

    test('the recursion error was reached (else the deep cases test nothing new)', () => {
        assert.ok(overflowed > 0, 'no deep case overflowed: make them deeper');
    });
});
