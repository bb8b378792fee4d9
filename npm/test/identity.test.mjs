// The wasm module writes the same bytes as the mpyc binary (itself byte-identical with
// each release's mpy-cross) for every input, release and option set below.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { compile, load } from '../index.js';
import { binaryCompile, input, inputs, requireWasm } from '../test-support/support.mjs';

const RELEASES = ['1.19', '1.22', '1.29'];

/** [file, options] pairs compiled for every release. */
function cases(release) {
    const bytecode = inputs().filter((n) => !['native.py', 'viper.py', 'syntax_error.py'].includes(n));
    const list = bytecode.map((n) => [n, []]);
    list.push(['functions.py', ['-O2']], ['classes.py', ['-X', 'no-source-lines']],
        ['floats.py', ['-msmall-int-bits=63']], ['fstrings.py', ['-O3']]);
    for (const march of ['x64', 'armv6m']) {
        list.push(['native.py', [`-march=${march}`]], ['viper.py', [`-march=${march}`]]);
    }
    list.push(['viper.py', ['-march=xtensawin']], ['functions.py', ['-march=armv7m', '-X', 'emit=native']],
        ['classes.py', ['-march=x64', '-X', 'emit=native']], ['fstrings.py', ['-s', 'lib/renamed.py']]);
    if (release === '1.29') list.push(['viper.py', ['-march=rv32imc', '-march-flags=zba']]);
    return list;
}

const tally = new Map();

describe('byte-identity with the mpyc binary', () => {
    before(requireWasm);
    after(() => {
        for (const [release, [same, total]] of tally) {
            console.log(`mpyc ${release}: ${same}/${total} files byte-identical`);
        }
    });

    for (const release of RELEASES) {
        test(`release ${release}`, async () => {
            const compiler = await load();
            let same = 0;
            const all = cases(release);
            for (const [name, options] of all) {
                const words = ['--micropython', release, ...options];
                const source = input(name);
                const want = binaryCompile(name, source, words);
                assert.equal(want.status, 0, `the binary rejects ${name} ${words.join(' ')}: ${want.stderr}`);
                const got = compiler.compile(name, source, words);
                assert.deepEqual(got.err, [], `${name} ${words.join(' ')}`);
                assert.equal(got.status, 0);
                assert.ok(got.mpy instanceof Uint8Array);
                assert.deepEqual(got.mpy, want.mpy, `${name} ${words.join(' ')}: bytes differ`);
                same += 1;
            }
            tally.set(release, [same, all.length]);
        });
    }

    test('the options object means the same as the words', async () => {
        const source = input('viper.py');
        const want = binaryCompile('viper.py', source,
            ['--micropython', '1.22', '-march=armv6m', '-O1', '-X', 'no-source-lines']);
        const got = await compile('viper.py', source,
            { micropython: '1.22', march: 'armv6m', opt: 1, sourceLines: false });
        assert.equal(got.status, 0, got.err.join('\n'));
        assert.deepEqual(got.mpy, want.mpy);
    });

    test('--micropython=X.Y and a string source are accepted', async () => {
        const text = input('functions.py').toString();
        const want = binaryCompile('functions.py', text, ['--micropython=1.22']);
        const got = await compile('functions.py', text, ['--micropython=1.22']);
        assert.deepEqual(got.mpy, want.mpy);
    });
});
