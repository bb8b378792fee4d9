// The browser path of index.js: the module fetched over HTTP (streamed when served as
// application/wasm, else from an ArrayBuffer), cached per URL, and a failed fetch that
// rejects without poisoning the cache.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';

import { compile, load } from '../index.js';
import { WASM, binaryCompile, requireWasm } from '../test-support/support.mjs';

describe('loading over HTTP', () => {
    let server;
    let base;
    let requests = 0;

    before(async () => {
        requireWasm();
        const wasm = readFileSync(WASM);
        server = createServer((req, res) => {
            requests += 1;
            if (req.url === '/mpyc.wasm') {
                res.writeHead(200, { 'content-type': 'application/wasm' }).end(wasm);
            } else if (req.url === '/octets.wasm') {
                res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(wasm);
            } else {
                res.writeHead(404).end();
            }
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server?.close());

    test('streamed, and as bytes, it compiles as the binary does', async () => {
        const want = binaryCompile('web.py', 'print("hi")\n', ['--micropython', '1.22']);
        for (const path of ['/mpyc.wasm', '/octets.wasm']) {
            const got = await compile('web.py', 'print("hi")\n', ['--micropython', '1.22'], `${base}${path}`);
            assert.equal(got.status, 0, got.err.join('\n'));
            assert.deepEqual(got.mpy, want.mpy);
        }
    });

    test('one fetch per URL', async () => {
        const url = new URL('/mpyc.wasm', base);
        const before = requests;
        assert.equal(await load(url), await load(url.href));
        assert.ok(requests - before <= 1);
    });

    test('a missing module rejects, and is fetched again next time', async () => {
        await assert.rejects(load(`${base}/missing.wasm`), /404/);
        const before = requests;
        await assert.rejects(load(`${base}/missing.wasm`), /404/);
        assert.equal(requests - before, 1);
    });
});
