#!/usr/bin/env python3
"""What a wasm module asks of the engine, and the build step that keeps
reference types out of it (issue 10).

  wasm_features.py strip IN OUT   copy IN without its `target_features` section
  wasm_features.py check FILE     fail if FILE has an externref table or
                                  announces reference types; print its tables

Why: rustc (1.82 and later) announces `+reference-types` in the module's
`target_features` section, and wasm-bindgen then keeps JS values in an
externref table. Safari-16-class WebKit (WPE WebKit 2.38 here) traps on
that table ("Out of bounds table access") in its BBQ compiler tier. Without
the section, wasm-bindgen keeps JS values in its JS-side heap (a slab), as
the loro project did for iOS 16 (loro-dev/loro#946). wasm-opt is then told
the features explicitly (scripts/build.sh), reference types not among them.
"""
import sys


def leb(data, i):
    """An unsigned LEB128 at data[i]: (value, next index)."""
    value = shift = 0
    while True:
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return value, i


def sections(data):
    """(id, name of a custom section or None, start, payload start, end) of each section."""
    if data[:4] != b"\0asm":
        raise SystemExit("not a wasm module")
    i = 8
    while i < len(data):
        start = i
        sid = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        name = None
        if sid == 0:
            n, j = leb(data, i)
            name = data[j:j + n].decode("utf-8", "replace")
        yield sid, name, start, i, end
        i = end


def imports(data, i):
    """The import section's entries from its payload at data[i]: (module,
    field, kind, description), the description as bytes from the kind byte
    on (0 function: type index; 1 table: element type, limits; 2 memory:
    limits; 3 global: value type, mutability; 4 tag: attribute, type index)."""
    count, i = leb(data, i)
    out = []
    for _ in range(count):
        n, i = leb(data, i)
        module, i = data[i:i + n], i + n
        n, i = leb(data, i)
        field, i = data[i:i + n], i + n
        start = i
        kind = data[i]
        i += 1
        if kind == 0:
            _, i = leb(data, i)
        elif kind == 1:
            i = limits(data, i + 1)
        elif kind == 2:
            i = limits(data, i)
        elif kind == 3:
            i += 2
        elif kind == 4:
            _, i = leb(data, i + 1)
        else:
            raise SystemExit(f"unknown import kind {kind}")
        out.append((module, field, kind, data[start:i]))
    return out


def tables(data):
    """The element type byte of every table, imported or defined (0x70 funcref, 0x6F externref)."""
    out = []
    for sid, _, _, i, end in sections(data):
        if sid == 2:  # imports: a table's description is its kind, then its element type
            out += [desc[1] for _, _, kind, desc in imports(data, i) if kind == 1]
        elif sid == 4:  # tables
            count, i = leb(data, i)
            for _ in range(count):
                out.append(data[i])
                i = limits(data, i + 1)
    return out


def limits(data, i):
    flags = data[i]
    _, i = leb(data, i + 1)
    if flags & 1:
        _, i = leb(data, i)
    return i


def features(data):
    """The features a `target_features` section announces, e.g. ['+bulk-memory', ...]."""
    for sid, name, _, i, end in sections(data):
        if name == "target_features":
            n, i = leb(data, i)
            i += n
            count, i = leb(data, i)
            out = []
            for _ in range(count):
                prefix = chr(data[i])
                n, i = leb(data, i + 1)
                out.append(prefix + data[i:i + n].decode())
                i += n
            return out
    return []


def main(argv):
    if len(argv) == 4 and argv[1] == "strip":
        data = open(argv[2], "rb").read()
        kept = b"".join(data[s:e] for sid, name, s, _, e in sections(data) if name != "target_features")
        open(argv[3], "wb").write(data[:8] + kept)
        return 0
    if len(argv) == 3 and argv[1] == "check":
        data = open(argv[2], "rb").read()
        kinds = tables(data)
        names = {0x70: "funcref", 0x6F: "externref"}
        print(f"{argv[2]}: tables {[names.get(k, hex(k)) for k in kinds]}, features {features(data) or 'not announced'}")
        if 0x6F in kinds or "+reference-types" in features(data):
            print("the module uses reference types (an externref table): Safari-16-class WebKit traps on it", file=sys.stderr)
            return 1
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
