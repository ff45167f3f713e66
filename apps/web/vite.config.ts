import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const api = `http://127.0.0.1:${process.env.API_PORT ?? process.env.PORT ?? 3000}`;
// Paths the API answers itself; everything else is the console's own client routes.
const apiPaths = ['/graphql', '/graphiql', '/health', '/metrics', '/files', '/events/', '/insights/'];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Read by bench/bundle.ts for the per-route figures; serve-static never serves dot-folders.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { main: resolve(__dirname, 'index.html'), graphiql: resolve(__dirname, 'graphiql.html') },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      ...Object.fromEntries(apiPaths.map((path) => [path, { target: api, changeOrigin: false }])),
      '/socket.io': { target: api, ws: true },
    },
  },
});
