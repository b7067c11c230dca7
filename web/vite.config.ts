import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The Fastify server serves `web/dist` on the same origin as the API; in development Vite
// forwards `/api` to a server started with `npm start`.
const apiProxy = { '/api': 'http://localhost:3000' };

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
