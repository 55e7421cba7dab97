import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export default defineConfig({ root: here('.'), base: './', build: { outDir: here('../dist/vite'), emptyOutDir: true } });
