"""Minifies our own hand-written scripts (js/glue.js, www/*.js) where they
are bundled, with esbuild from the lockfile (package.json): a real parser,
so a `//` inside a string or a regular expression stays what it is. The
target is the oldest browsers the checker runs in (README, "Browsers"), so
the minifier never writes syntax they lack (`??`, `?.`)."""

import pathlib
import subprocess

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
