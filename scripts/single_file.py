"""Writes the offline single file: the filing page with its CSS, the
wasm-bindgen glue (classic script), the wasm (deflated, as base64), the
inflater and the start script
inlined, so it makes no request of any kind and works opened from file://.

usage: single_file.py WWW_DIR OUT_FILE"""

import pathlib
import re
import sys

from minify import compact_markup, minify_css, minify_js


www = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])
html = (www / "index.html").read_text(encoding="utf-8")
# The markup without its indentation and comments: 1.4 KB gzipped the page need not carry.
html = compact_markup(html)


def inline_script(path: pathlib.Path) -> str:
    code = path.read_text(encoding="utf-8")
    # Our own start scripts, and wasm-bindgen's classic glue: minified where
    # bundled (the package ships the glue as written; here it is the page's,
    # 12.5 KB gzipped as written, 8.7 KB minified).
    if path.parent == www or path.name == "shanfang.js":
        code = minify_js(code, f"www/{path.relative_to(www)}")
    code = code.replace("</script", "<\\/script")
    return f"<script>\n{code}\n</script>"


css = minify_css((www / "style.css").read_text(encoding="utf-8"), "www/style.css").replace("</style", "<\\/style")
html, n = re.subn(r'<link rel="stylesheet" href="style\.css">', lambda _: f"<style>\n{css}\n</style>", html)
assert n == 1, "index.html must link style.css once"

# The classic scripts sit at the end of the body; each is inlined in place.
scripts = re.findall(r'<script src="([^"]+)"></script>', html)
assert scripts == ["page/shanfang.js", "page/shanfang_wasm_deflate.js", "inflate.js", "app.js", "review.js", "steps.js", "poster.js", "duties.js"], scripts
for src in scripts:
    html = html.replace(f'<script src="{src}"></script>', inline_script(www / src), 1)

for attr in re.findall(r'(?:src|href)="([^"#][^"]*)"', html):
    if not attr.startswith(("data:", "blob:")):
        raise SystemExit(f"single file would still load {attr!r}")

out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(html, encoding="utf-8")
