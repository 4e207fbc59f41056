import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const router = process.env.PRUMO_ROUTER_URL ?? 'http://localhost:4000';

// In development Vite serves the client and proxies the API paths to the router, so the browser
// sees one origin (cookies, CSP and the WebSocket behave as in production).
export default defineConfig({
  root,
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: router, ws: true, changeOrigin: false },
      '/auth': { target: router },
      '/webhooks': { target: router },
      '/uploads': { target: router },
      '/files': { target: router },
      // The offline sandbox checkout and customer portal (billing, through the router).
      '/checkout': { target: router },
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/](react-router|react-router-dom)[\\/]/.test(id)) return 'router';
          return 'vendor';
        },
      },
    },
  },
});
