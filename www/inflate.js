// Inflates zlib data (RFC 1950 / 1951), synchronously: the filing page
// (served, and as the single file) carries its WebAssembly module deflated,
// which saves about 39 KB gzipped, and www/app.js inflates it with this
// before the first paint (a DecompressionStream would finish only after the
// first layout, and is missing from browsers before 2023). Table-driven (a
// lookup of the next bits per code), after zlib's `puff` and `inflate`.
(function () {
  'use strict';
  var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  // The order code-length code lengths are sent in (RFC 1951 §3.2.7).
  var CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  function fail(why) {
    throw new Error('inflate: ' + why);
  }

  // A canonical Huffman code as a lookup table: indexed by the next `bits`
  // input bits (deflate sends codes most significant bit first, so the
  // index is the code reversed), each entry is symbol << 4 | code length.
  function huffman(lengths, from, count) {
    var counts = new Uint16Array(16);
    var next = new Uint16Array(16);
    var bits = 0;
    var i;
    for (i = 0; i < count; i++) {
      var len = lengths[from + i];
      counts[len]++;
      if (len > bits) bits = len;
    }
    counts[0] = 0;
    var code = 0;
    for (i = 1; i < 16; i++) {
      code = (code + counts[i - 1]) << 1;
      next[i] = code;
    }
    if (bits === 0) bits = 1;
    var table = new Uint32Array(1 << bits);
    for (i = 0; i < count; i++) {
      var l = lengths[from + i];
      if (!l) continue;
      var c = next[l]++;
      var reversed = 0;
      for (var k = 0; k < l; k++) {
        reversed = (reversed << 1) | (c & 1);
        c >>= 1;
      }
      for (var j = reversed; j < table.length; j += 1 << l) table[j] = (i << 4) | l;
    }
    return { table: table, bits: bits };
  }

  var fixed = null;
  function fixedCodes() {
    if (!fixed) {
      var lengths = new Uint8Array(288 + 30);
      for (var i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
      for (i = 288; i < 318; i++) lengths[i] = 5;
      fixed = [huffman(lengths, 0, 288), huffman(lengths, 288, 30)];
    }
    return fixed;
  }

  /**
   * @param {Uint8Array} src zlib data
   * @param {number} [sizeHint] the inflated size, if known
   * @returns {Uint8Array}
   */
  function inflate(src, sizeHint) {
    if (src.length < 2 || (src[0] & 15) !== 8 || ((src[0] << 8) | src[1]) % 31 !== 0 || src[1] & 32) fail('not zlib data');
    var pos = 2;
    var bitBuf = 0;
    var bitCount = 0;
    var out = new Uint8Array(sizeHint || src.length * 3);
    var n = 0;

    // Input bits, least significant first; past the end, zeros (counted in
    // `overrun`: a code may look ahead further than the data goes).
    var overrun = 0;
    function fill(k) {
      while (bitCount < k) {
        if (pos < src.length) bitBuf |= src[pos++] << bitCount;
        else overrun++;
        bitCount += 8;
      }
    }
    function bits(k) {
      if (k === 0) return 0;
      fill(k);
      var v = bitBuf & ((1 << k) - 1);
      bitBuf >>>= k;
      bitCount -= k;
      if (overrun * 8 > bitCount) fail('data ends early');
      return v;
    }
    function room(k) {
      if (n + k > out.length) {
        var grown = new Uint8Array(Math.max(out.length * 2, n + k));
        grown.set(out);
        out = grown;
      }
    }
    function decode(code) {
      fill(code.bits);
      var entry = code.table[bitBuf & ((1 << code.bits) - 1)];
      var len = entry & 15;
      if (len === 0) fail('bad code');
      bitBuf >>>= len;
      bitCount -= len;
      if (overrun * 8 > bitCount) fail('data ends early');
      return entry >> 4;
    }
    function dynamicCodes() {
      var nlen = bits(5) + 257;
      var ndist = bits(5) + 1;
      var ncode = bits(4) + 4;
      var lengths = new Uint8Array(320);
      var i;
      for (i = 0; i < ncode; i++) lengths[CLEN_ORDER[i]] = bits(3);
      var lencode = huffman(lengths, 0, 19);
      lengths = new Uint8Array(nlen + ndist);
      for (i = 0; i < nlen + ndist;) {
        var sym = decode(lencode);
        if (sym < 16) {
          lengths[i++] = sym;
          continue;
        }
        var repeat = 0;
        var times;
        if (sym === 16) {
          if (i === 0) fail('repeat with no previous length');
          repeat = lengths[i - 1];
          times = 3 + bits(2);
        } else if (sym === 17) {
          times = 3 + bits(3);
        } else {
          times = 11 + bits(7);
        }
        if (i + times > nlen + ndist) fail('too many lengths');
        while (times--) lengths[i++] = repeat;
      }
      return [huffman(lengths, 0, nlen), huffman(lengths, nlen, ndist)];
    }

    var last;
    do {
      last = bits(1);
      var type = bits(2);
      if (type === 0) {
        // Stored: the rest of this byte is dropped, and whole bytes read
        // ahead go back to the input.
        if (overrun) fail('data ends early');
        pos -= bitCount >> 3;
        bitBuf = 0;
        bitCount = 0;
        if (pos + 4 > src.length) fail('data ends early');
        var len = src[pos] | (src[pos + 1] << 8);
        if ((len ^ 0xffff) !== (src[pos + 2] | (src[pos + 3] << 8))) fail('bad stored length');
        pos += 4;
        if (pos + len > src.length) fail('data ends early');
        room(len);
        out.set(src.subarray(pos, pos + len), n);
        n += len;
        pos += len;
        continue;
      }
      if (type === 3) fail('bad block type');
      var codes = type === 1 ? fixedCodes() : dynamicCodes();
      for (;;) {
        var sym = decode(codes[0]);
        if (sym < 256) {
          room(1);
          out[n++] = sym;
        } else if (sym === 256) {
          break;
        } else {
          sym -= 257;
          if (sym >= 29) fail('bad length');
          var length = LENGTH_BASE[sym] + bits(LENGTH_EXTRA[sym]);
          var d = decode(codes[1]);
          if (d >= 30) fail('bad distance');
          var dist = DIST_BASE[d] + bits(DIST_EXTRA[d]);
          if (dist > n) fail('distance too far back');
          room(length);
          if (dist >= length) {
            out.copyWithin(n, n - dist, n - dist + length);
            n += length;
          } else {
            for (var k = 0; k < length; k++, n++) out[n] = out[n - dist];
          }
        }
      }
    } while (!last);
    // The zlib trailer: Adler-32 of what came out, big-endian, after the
    // last block's byte (RFC 1950 §2.2). A module that does not match it is
    // refused here, not compiled.
    if (overrun) fail('data ends early');
    pos -= bitCount >> 3;
    if (pos + 4 > src.length) fail('data ends early');
    var want = ((src[pos] << 24) | (src[pos + 1] << 16) | (src[pos + 2] << 8) | src[pos + 3]) >>> 0;
    if (adler32(out, n) !== want) fail('checksum mismatch');
    return n === out.length ? out : out.slice(0, n);
  }

  // Adler-32 of the first `n` bytes (RFC 1950 §8.2), summed in runs of 5552
  // bytes, the most that cannot overflow before the modulo.
  function adler32(bytes, n) {
    var a = 1;
    var b = 0;
    for (var i = 0; i < n;) {
      var end = Math.min(i + 5552, n);
      for (; i < end; i++) {
        a += bytes[i];
        b += a;
      }
      a %= 65521;
      b %= 65521;
    }
    return ((b << 16) | a) >>> 0;
  }

  self.shanfangInflate = inflate;
})();
