"""Minifies our own hand-written scripts (js/glue.js, www/*.js), the page's
style sheet and its markup where they are bundled; scripts and style with
esbuild from the lockfile (package.json): a real parser,
so a `//` inside a string or a regular expression stays what it is. The
target is the oldest browsers the checker runs in (README, "Browsers"), so
the minifier never writes syntax they lack (`??`, `?.`)."""

import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
TARGET = "chrome75,firefox79,safari15"


def esbuild_minify(code: str, name: str, loader: str) -> str:
    """`code` minified by esbuild with its `loader` (js or css); `name` is
    for esbuild's messages."""
    run = subprocess.run(
        [str(ESBUILD), "--minify", f"--target={TARGET}", f"--loader={loader}", f"--sourcefile={name}", "--log-level=warning"],
        input=code,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if run.returncode != 0:
        raise SystemExit(f"esbuild could not minify {name}:\n{run.stderr}")
    return run.stdout


def minify_js(code: str, name: str) -> str:
    """`code` minified (names inside functions shortened; top-level names,
    which other scripts and the hookup code call, kept)."""
    return esbuild_minify(code, name, "js")


def minify_css(code: str, name: str) -> str:
    """The page's style sheet minified (its comments, which say why, are
    most of its bytes: 8.3 KB gzipped as written, 5.8 KB minified)."""
    return esbuild_minify(code, name, "css")


def compact_markup(page: str) -> str:
    """The page's markup without its indentation (0.6 KB gzipped) and its
    comments (0.8 KB: they say why to a reader of www/index.html), for the
    single file and the served page; a script as it is (its hash is in the
    page's Content-Security-Policy). Only for markup with no <pre> or
    <textarea> text and no attribute value over two lines, where
    indentation means nothing: checked."""
    if re.search(r"<(pre|textarea)[^>]*>[^<]*\n", page) or re.search(r'="[^"<>]*\n', page):
        raise SystemExit("compact_markup: the page has text whose line breaks and indentation count")
    parts = re.split(r"(<script\b.*?</script>)", page, flags=re.S)
    return "".join(
        p if p.startswith("<script") else re.sub(r"\n[ \t]+", "\n", re.sub(r"[ \t]*<!--.*?-->\n?", "", p, flags=re.S))
        for p in parts
    )


if __name__ == "__main__":
    # `python3 scripts/minify.py js NAME < in > out`: what the build does to
    # a script, for a test that checks a published file against it.
    loader, name = sys.argv[1], sys.argv[2]
    sys.stdout.write(esbuild_minify(sys.stdin.read(), name, loader))
