// The SPA build. In development (`npm run dev`) the API is proxied to the Fastify server.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
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

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|html|txt)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every hashed asset, at the highest levels: done once
 * here, so the server sends them (by Accept-Encoding) without compressing on every request. A copy that
 * would not be at least 10 % smaller is left out and the file goes as it is.
 */
function precompressAssets(): Plugin {
  return {
    name: 'rbm-precompress-assets',
    apply: 'build',
    async writeBundle(output, bundle) {
      const outDir = output.dir ?? 'dist';
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/') && COMPRESSIBLE.test(f));
      await Promise.all(
        files.map(async (fileName) => {
          const file = path.join(outDir, fileName);
          const raw = await fs.readFile(file);
          const [br, gz] = await Promise.all([
            brotli(raw, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
            gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < raw.length * 0.9) await fs.writeFile(`${file}.br`, br);
          if (gz.length < raw.length * 0.9) await fs.writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [routeTableWithoutSchemas(), react(), precompressAssets()],
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
