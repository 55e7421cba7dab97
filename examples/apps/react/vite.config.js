import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  build: {
    outDir: here('../dist/react'),
    emptyOutDir: true,
    rollupOptions: { input: { main: here('index.html'), rhf: here('rhf.html'), rjsf: here('rjsf.html') } },
  },
});
