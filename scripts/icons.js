// Renders the page's icons (www/icons/icon-*.png, committed) from
// www/icons/icon.svg in Chromium, at the sizes the manifest and iOS's home
// screen ask for. Run by hand after changing the SVG: node scripts/icons.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const DIR = path.join(__dirname, '..', 'www', 'icons');
const SIZES = [180, 192, 512];

(async () => {
  const svg = fs.readFileSync(path.join(DIR, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: path.join(DIR, `icon-${size}.png`), omitBackground: false });
    await page.close();
  }
  await browser.close();
})();
