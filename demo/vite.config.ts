import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The demo host: `npm start` (add `-- --port N` for another port).
// It imports the library straight from ../src, so edits there reload the page.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  clearScreen: false,
  server: {
    // Vite's default port (5173) unless `--port` says otherwise; a taken port
    // is an error, not a silent move to the next one
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
