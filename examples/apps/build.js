// Builds every example app into dist/<name>/ with its own bundler, as the
// package README says to: Vite (plain, React, Vue), esbuild and webpack 5.
import { build as vite } from 'vite';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

for (const name of ['vite', 'react', 'vue']) {
  if (want(name)) await vite({ configFile: path.join(here, name, 'vite.config.js'), logLevel: 'warn' });
}
if (want('esbuild')) {
  const out = path.join(dist, 'esbuild');
  fs.rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(here, 'esbuild', 'main.js')],
    bundle: true, format: 'esm', outdir: out, loader: { '.wasm': 'file' }, logLevel: 'warning',
  });
  fs.copyFileSync(path.join(here, 'esbuild', 'index.html'), path.join(out, 'index.html'));
}
if (want('webpack')) {
  const config = createRequire(import.meta.url)('./webpack/webpack.config.cjs');
  const stats = await new Promise((resolve, reject) => webpack(config, (e, s) => (e ? reject(e) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  fs.copyFileSync(path.join(here, 'webpack', 'index.html'), path.join(dist, 'webpack', 'index.html'));
}
console.error(`built: ${fs.readdirSync(dist).join(', ')}`);
