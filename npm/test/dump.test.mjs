// dump() prints what `mpyc dump` prints; a corrupt file rejects with the loader's text.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { compile, dump, dumpJson } from '../index.js';
import { binaryCompile, binaryDump, input, lines, requireWasm } from '../test-support/support.mjs';

describe('dump', () => {
    before(requireWasm);

    const files = [
        ['classes.py', ['--micropython', '1.29']],
        ['floats.py', ['--micropython', '1.19']],
        ['viper.py', ['--micropython', '1.22', '-march=armv6m']],
        ['native.py', ['--micropython', '1.29', '-march=x64']],
    ];

    test('the same text as `mpyc dump`', async () => {
        for (const [name, words] of files) {
            const { mpy } = binaryCompile(name, input(name), words);
            assert.ok(mpy, `the binary compiles ${name}`);
            const want = binaryDump(mpy);
            assert.equal(want.status, 0);
            assert.equal(await dump(mpy), want.stdout, name);
        }
    });

    test('the same JSON as `mpyc dump --json`, without its file name', async () => {
        for (const [name, words] of files) {
            const { mpy } = binaryCompile(name, input(name), words);
            const want = binaryDump(mpy, ['--json']);
            assert.equal(want.status, 0);
            const expected = JSON.parse(want.stdout);
            assert.equal(expected.file, 'x.mpy');
            delete expected.file;
            const got = await dumpJson(mpy);
            assert.deepEqual(got, expected, name);
        }
        const { mpy } = await compile('classes.py', input('classes.py'));
        assert.ok(JSON.stringify(await dumpJson(mpy)).includes('Square'));
    });

    test('a corrupt file rejects with the loader\'s located error', async () => {
        const { mpy } = await compile('classes.py', input('classes.py'));
        const broken = [mpy.slice(0, mpy.length / 2), mpy.slice(0, 3), new Uint8Array(), Uint8Array.of(0x43, 6, 0, 31)];
        for (const bytes of broken) {
            const want = binaryDump(bytes);
            assert.equal(want.status, 1);
            const [message] = lines(want.stderr).map((l) => l.replace(/^mpyc: x\.mpy: /, ''));
            await assert.rejects(dump(bytes), (e) => e instanceof Error && e.message === message);
            await assert.rejects(dumpJson(bytes), (e) => e.message === message);
        }
        await assert.rejects(dump('not bytes'), TypeError);
    });
});
