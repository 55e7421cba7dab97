"""Short names for what a module imports from wasm-bindgen's script.

wasm-bindgen names each import after its Rust item and a hash of it
(`__wbg_instanceof_HtmlTextAreaElement_37c6efee878106d5`), and writes the
name twice: in the module's import section and as a key of the imports
object in its script. The hashes do not compress: the binding's 148 names
were 2 KB of its script and more of its module, gzipped. This gives each
import of wasm-bindgen's module a short name (`a`, `b`, … `aa`, …), in the
module and in each script made for it, changing nothing else: the names
are keys, looked up by the engine when the module is instantiated.

Mechanical and checked, never by hand: every import is found exactly once
in each script (as a key), or the build stops.

    python3 scripts/short_imports.py MODULE.wasm SCRIPT.js [SCRIPT.js ...]

rewrites the module and the scripts in place.
"""

import re
import string
import sys

LETTERS = string.ascii_letters


def leb(data: bytes, at: int) -> tuple[int, int]:
    """An unsigned LEB128 at `at`: its value and where it ends."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def write_leb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def short_name(i: int) -> str:
    """The i-th short name: a … Z, aa, ab, …"""
    name = ""
    i += 1
    while i:
        i -= 1
        name = LETTERS[i % len(LETTERS)] + name
        i //= len(LETTERS)
    return name


def import_entries(data: bytes, at: int) -> list[tuple[bytes, bytes, bytes]]:
    """The import section's entries from `at`: (module, field, description)."""
    count, at = leb(data, at)
    entries = []
    for _ in range(count):
        mlen, at = leb(data, at)
        module, at = data[at : at + mlen], at + mlen
        flen, at = leb(data, at)
        field, at = data[at : at + flen], at + flen
        desc = at
        kind = data[at]
        at += 1
        if kind == 0:  # function: a type index
            _, at = leb(data, at)
        elif kind in (1, 2):  # table (element type, then limits) or memory (limits)
            if kind == 1:
                at += 1
            flags, at = leb(data, at)
            _, at = leb(data, at)
            if flags & 1:
                _, at = leb(data, at)
        elif kind == 3:  # global: value type, mutability
            at += 2
        elif kind == 4:  # tag: attribute, type index
            at += 1
            _, at = leb(data, at)
        else:
            raise SystemExit(f"short_imports: import of unknown kind {kind}")
        entries.append((module, field, data[desc:at]))
    return entries


def shorten(wasm: bytes) -> tuple[bytes, dict[str, str]]:
    """The module with wasm-bindgen's imports renamed, and the renaming."""
    if wasm[:8] != b"\0asm\1\0\0\0":
        raise SystemExit("short_imports: not a WebAssembly module")
    at = 8
    while at < len(wasm):
        section = wasm[at]
        size, body = leb(wasm, at + 1)
        if section == 2:
            break
        at = body + size
    else:
        return wasm, {}
    renames: dict[str, str] = {}
    entries = import_entries(wasm, body)
    out = bytearray(write_leb(len(entries)))
    for module, field, desc in entries:
        # wasm-bindgen's module name is its script's (`./shanfang_bg.js`)
        # or `wbg`; another module's imports would keep their names.
        if module.endswith(b"_bg.js") or module == b"wbg":
            field = renames.setdefault(field.decode("utf-8"), short_name(len(renames))).encode("ascii")
        out += write_leb(len(module)) + module + write_leb(len(field)) + field + desc
    return wasm[:at] + bytes([2]) + write_leb(len(out)) + bytes(out) + wasm[body + size :], renames


def rename_script(js: str, renames: dict[str, str], name: str) -> str:
    """The script with each import's key renamed; each must be there once."""
    for old, new in renames.items():
        found = len(re.findall(rf"(?<![\w$]){re.escape(old)}(?![\w$])", js))
        if found != 1:
            raise SystemExit(f"short_imports: {old} is in {name} {found} times, not once: wasm-bindgen's script changed shape")
        js = re.sub(rf"(?<![\w$]){re.escape(old)}(?![\w$])", new, js)
    return js


def main() -> None:
    module, scripts = sys.argv[1], sys.argv[2:]
    with open(module, "rb") as f:
        wasm, renames = shorten(f.read())
    texts = {}
    for s in scripts:
        with open(s, encoding="utf-8") as f:
            texts[s] = rename_script(f.read(), renames, s)
    with open(module, "wb") as f:
        f.write(wasm)
    for s, text in texts.items():
        with open(s, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
