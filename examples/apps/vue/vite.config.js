import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export default defineConfig({ root: here('.'), base: './', plugins: [vue()], build: { outDir: here('../dist/vue'), emptyOutDir: true } });
