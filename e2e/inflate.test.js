// The single file's inflater (www/inflate.js), against node's zlib:
// stored, fixed and dynamic blocks, long matches, and data it must refuse.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const zlib = require('node:zlib');

const sandbox = {};
sandbox.self = sandbox;
vm.runInNewContext(fs.readFileSync(path.join(__dirname, '..', 'www', 'inflate.js'), 'utf8'), sandbox);
const inflate = (bytes, hint) => Buffer.from(sandbox.shanfangInflate(new Uint8Array(bytes), hint));

function samples() {
  let state = 7;
  const rand = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 4294967296; };
  const random = Buffer.alloc(70000).map(() => Math.floor(rand() * 256));
  const text = Buffer.from('丽水山坊（共富工坊）管理规范 DB3311/T 244—2023 '.repeat(3000));
  const runs = Buffer.alloc(100000, 0x61);
  const mixed = Buffer.concat([text.subarray(0, 5000), random.subarray(0, 9000), runs.subarray(0, 40000), text]);
  return { empty: Buffer.alloc(0), one: Buffer.from('x'), random, text, runs, mixed };
}

test('inflates what zlib deflates, at every level and strategy, with and without a size hint', () => {
  for (const [name, data] of Object.entries(samples())) {
    for (const level of [0, 1, 6, 9]) {
      for (const strategy of [zlib.constants.Z_DEFAULT_STRATEGY, zlib.constants.Z_FIXED, zlib.constants.Z_HUFFMAN_ONLY]) {
        const packed = zlib.deflateSync(data, { level, strategy });
        assert.ok(inflate(packed).equals(data), `${name}, level ${level}, strategy ${strategy}`);
        assert.ok(inflate(packed, data.length).equals(data), `${name} with its size`);
      }
    }
  }
});

test('inflates the wasm module the page carries', () => {
  const file = path.join(__dirname, '..', 'pkg', 'shanfang_wasm_deflate.js');
  const wasm = fs.readFileSync(path.join(__dirname, '..', 'pkg', 'shanfang_bg.wasm'));
  const box = {};
  box.self = box;
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), box);
  assert.ok(inflate(Buffer.from(box.SHANFANG_WASM_DEFLATE, 'base64'), box.SHANFANG_WASM_SIZE).equals(wasm));
});

test('refuses what is not zlib data, or is cut short, with an error rather than a hang', () => {
  const packed = zlib.deflateSync(samples().text);
  assert.throws(() => inflate(Buffer.from('hello world')), /inflate: not zlib data/);
  assert.throws(() => inflate(Buffer.alloc(0)), /inflate: not zlib data/);
  assert.throws(() => inflate(packed.subarray(0, packed.length >> 1)), /inflate: data ends early/);
  const broken = Buffer.from(packed);
  for (let i = 2; i < 40; i++) broken[i] ^= 0x5a;
  assert.throws(() => inflate(broken), /inflate: /);
});

test('checks the Adler-32 trailer: data changed inside a stored block, or a changed or missing trailer, is refused', () => {
  for (const [name, data] of Object.entries(samples())) {
    for (const level of [0, 9]) {
      const packed = zlib.deflateSync(data, { level });
      const trailer = Buffer.from(packed);
      trailer[trailer.length - 1] ^= 1;
      assert.throws(() => inflate(trailer), /inflate: checksum mismatch/, `${name}, level ${level}: trailer`);
      assert.throws(() => inflate(packed.subarray(0, packed.length - 2)), /inflate: data ends early/, `${name}: trailer cut`);
      if (level === 0 && data.length > 100) {
        // A stored block's bytes pass every structural check; only the checksum sees them changed.
        const inside = Buffer.from(packed);
        inside[60] ^= 0x20;
        assert.throws(() => inflate(inside), /inflate: checksum mismatch/, `${name}: a byte of a stored block`);
      }
    }
  }
});
