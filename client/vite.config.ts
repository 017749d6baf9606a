// The SPA build. In development (`npm run dev`) the API is proxied to the Fastify server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { api } from '../shared/src/api.ts';

const sharedSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'src');

/**
 * The client needs only each route's method, URL and permission from the route table, not its TypeBox
 * schemas (which would put TypeBox and every schema in the landing bundle). This serves shared/src/api.ts
 * to the client as that plain data; types still come from the real module at compile time.
 */
function routeTableWithoutSchemas(): Plugin {
  const apiFile = path.join(sharedSrc, 'api.ts');
  const routes = Object.fromEntries(
    Object.entries(api).map(([name, r]) => [name, { method: r.method, url: r.url, auth: r.auth }]),
  );
  return {
    name: 'rbm-route-table-without-schemas',
    enforce: 'pre',
    load(id) {
      if (path.normalize(id.split('?')[0] ?? id) !== apiFile) return null;
      return [
        `export const api = ${JSON.stringify(routes)};`,
        `export { apiPath } from ${JSON.stringify(path.join(sharedSrc, 'api-path.ts'))};`,
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [routeTableWithoutSchemas(), react()],
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
