"""Writes the served build of the filing page (dist/www/), what
`scripts/run.sh` serves and what a county or portal puts on its own server:

- the page's scripts, styles and module under names that carry their
  content's hash (assets/app.3f2a9c1b.js ...), so a server can let browsers
  keep them a year (`shanfang-check serve` and deploy/nginx/shanfang-form.conf
  do: `Cache-Control: public, max-age=31536000, immutable`); the page itself
  keeps its name and is revalidated;
- the module as its own file (assets/shanfang_bg.<hash>.wasm), compiled as it
  streams (www/app.js, data-wasm), instead of the base64 the single file and
  the page in www/ carry;
- the web app manifest, icons and the service worker (sw.js, from
  js/service-worker.js), with www/offline.js, so the page works offline
  after the first visit and can be put on a phone's home screen.

Everything else of www/ (the npm package's copy in pkg/, examples/) is
copied as it is: the package's file names and www/examples/portal.html stay
as portals know them.

usage: served.py WWW_DIR OUT_DIR"""

import hashlib
import json
import pathlib
import re
import shutil
import sys

from minify import compact_markup, minify_css, minify_js

www = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])

if out.exists():
    shutil.rmtree(out)
shutil.copytree(www, out, ignore=shutil.ignore_patterns("index.template.html", "index.html", "page", "app.js", "review.js", "steps.js", "poster.js", "duties.js", "offline.js", "inflate.js", "style.css"))
(out / "assets").mkdir()


def content_named(data: bytes, stem: str, suffix: str) -> str:
    """Writes `data` as assets/<stem>.<hash><suffix>; returns its path."""
    digest = hashlib.sha256(data).hexdigest()[:12]
    name = f"assets/{stem}.{digest}{suffix}"
    (out / name).write_bytes(data)
    return name


def own_script(name: str) -> str:
    code = (www / name).read_text(encoding="utf-8")
    return content_named(minify_js(code, f"www/{name}").encode("utf-8"), pathlib.Path(name).stem, ".js")


wasm = content_named((www / "page" / "shanfang_bg.wasm").read_bytes(), "shanfang_bg", ".wasm")
# wasm-bindgen's classic glue, minified here as in the single file (the
# package ships it as written).
glue = content_named(minify_js((www / "page" / "shanfang.js").read_text(encoding="utf-8"), "www/page/shanfang.js").encode("utf-8"), "shanfang", ".js")
style = content_named(minify_css((www / "style.css").read_text(encoding="utf-8"), "www/style.css").encode("utf-8"), "style", ".css")
app = own_script("app.js")
review = own_script("review.js")
steps = own_script("steps.js")
poster = own_script("poster.js")
duties = own_script("duties.js")
offline = own_script("offline.js")

html = (www / "index.html").read_text(encoding="utf-8")


def replace_once(old: str, new: str) -> None:
    global html
    if html.count(old) != 1:
        raise SystemExit(f"served.py: index.html must carry {old!r} exactly once")
    html = html.replace(old, new)


replace_once('<link rel="icon" href="data:,">',
             '<link rel="icon" href="icons/icon.svg" type="image/svg+xml">\n'
             '    <link rel="apple-touch-icon" href="icons/icon-180.png">\n'
             '    <link rel="manifest" href="manifest.webmanifest">\n'
             '    <meta name="theme-color" content="#1e4d3a">')
# The module is asked for at once, while the page is still parsed (app.js,
# which compiles it, runs at the end of the body): `crossorigin` so that
# fetch() in wasm-bindgen's init takes this very response.
replace_once('<link rel="stylesheet" href="style.css">',
             f'<link rel="stylesheet" href="{style}">\n'
             f'    <link rel="preload" href="{wasm}" as="fetch" type="application/wasm" crossorigin fetchpriority="low">')
replace_once('<script src="page/shanfang.js"></script>', f'<script src="{glue}"></script>')
# The module streams from its own file: no base64 copy, no inflater.
replace_once('  <script src="page/shanfang_wasm_deflate.js"></script>\n', '')
replace_once('  <script src="inflate.js"></script>\n', '')
# What the page shows only later (the duties calendar, the reviewer's
# table; 7.7 KB gzipped) is not downloaded beside the module: app.js loads
# it once the first verdict is on screen (data-later), or when it is needed
# first (issue 28). The red steward map's script stays: 清空草稿 must clear
# its photos from the first moment.
replace_once('<script src="app.js"></script>', f'<script src="{app}" data-wasm="{wasm}" data-later="{duties} {review}"></script>')
replace_once('  <script src="review.js"></script>\n', '')
replace_once('<script src="steps.js"></script>', f'<script src="{steps}"></script>')
replace_once('<script src="poster.js"></script>', f'<script src="{poster}"></script>')
replace_once('<script src="duties.js"></script>', f'<script src="{offline}" data-service-worker="sw.js"></script>')
# The page (in www/) says why it carries the module inline; here it does not.
html = re.sub(r"    <!-- Classic scripts, the wasm deflated.*?-->\n", "", html, count=1, flags=re.S)
for attr in re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', html):
    if not (attr.startswith(("assets/", "icons/")) or attr == "manifest.webmanifest"):
        raise SystemExit(f"served.py: the served page would still load {attr!r} under a name without its hash")
# The markup without its indentation and comments, as in the single file (scripts/minify.py).
html = compact_markup(html)
(out / "index.html").write_text(html, encoding="utf-8")

# What the service worker keeps: the page, everything it loads, the
# manifest and icons. The version is a hash of all of it, so a new build of
# any of them is a new version.
files = ["./", style, glue, wasm, app, review, steps, poster, duties, offline, "manifest.webmanifest",
         "icons/icon.svg", "icons/icon-180.png", "icons/icon-192.png", "icons/icon-512.png"]
version = hashlib.sha256()
for f in files:
    version.update(f.encode() + b"\0" + (out / ("index.html" if f == "./" else f)).read_bytes())
build = {"version": version.hexdigest()[:16], "files": files}
worker = (pathlib.Path(__file__).resolve().parent.parent / "js" / "service-worker.js").read_text(encoding="utf-8")
(out / "sw.js").write_text(f"self.SHANFANG_BUILD = {json.dumps(build)};\n" + worker, encoding="utf-8")

print(f"served build: {out} (version {build['version']})", file=sys.stderr)
