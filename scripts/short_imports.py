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

from wasm_features import imports, sections

LETTERS = string.ascii_letters


def write_leb(value: int) -> bytes:
    """`value` as an unsigned LEB128 (wasm_features.leb reads it)."""
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


def shorten(wasm: bytes) -> tuple[bytes, dict[str, str]]:
    """The module with wasm-bindgen's imports renamed, and the renaming."""
    for sid, _, start, body, end in sections(wasm):
        if sid == 2:
            break
    else:
        return wasm, {}
    renames: dict[str, str] = {}
    entries = imports(wasm, body)
    out = bytearray(write_leb(len(entries)))
    for module, field, _, desc in entries:
        # wasm-bindgen's module name is its script's (`./shanfang_bg.js`)
        # or `wbg`; another module's imports would keep their names.
        if module.endswith(b"_bg.js") or module == b"wbg":
            field = renames.setdefault(field.decode("utf-8"), short_name(len(renames))).encode("ascii")
        out += write_leb(len(module)) + module + write_leb(len(field)) + field + desc
    return wasm[:start] + bytes([2]) + write_leb(len(out)) + bytes(out) + wasm[end:], renames


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
