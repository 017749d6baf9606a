// The SPA build. In development (`npm run dev`) the API is proxied to the Fastify server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`, changeOrigin: false },
      '/docs': { target: `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    reportCompressedSize: true,
    // read by scripts/bundle-size.mjs, which checks the landing route's size after every build
    manifest: true,
  },
});
