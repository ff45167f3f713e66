import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { theme } from './src/theme';
import { antdStaticStyles } from './vite-plugins/antd-static-styles';
import { graphqlDocuments } from './vite-plugins/graphql-documents';
import { lazyAntdParts } from './vite-plugins/lazy-antd-parts';
import { pureRcForm } from './vite-plugins/pure-rc-form';

const api = `http://127.0.0.1:${process.env.API_PORT ?? process.env.PORT ?? 3000}`;
// Paths the API answers itself; everything else is the console's own client routes.
const apiPaths = ['/graphql', '/graphiql', '/health', '/metrics', '/files', '/events/', '/insights/'];

const vendorGroups: [string, RegExp][] = [
  ['react', /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/],
  ['antd-core', /node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@emotion[\\/](hash|unitless)|stylis)[\\/]/],
  ['i18n', /node_modules[\\/](i18next|react-i18next)[\\/]/],
  ['urql', /node_modules[\\/](urql|@urql[\\/](core|exchange-auth)|wonka|@0no-co[\\/]graphql\.web)[\\/]/],
];

/**
 * Writes `.br` and `.gz` beside every text file of the build, once, at the highest levels: the API
 * serves those copies (apps/api/src/web/web-console.ts) instead of compressing on each request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'techbridge:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(js|css|html|svg|json)$/.test(entry.name) || entry.parentPath.includes('.vite')) continue;
        const file = join(entry.parentPath, entry.name);
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [antdStaticStyles(theme), graphqlDocuments(resolve(__dirname, 'src/gql')), pureRcForm(), lazyAntdParts(), react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Read by bench/bundle.ts for the per-route figures; serve-static never serves dot-folders.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { main: resolve(__dirname, 'index.html'), graphiql: resolve(__dirname, 'graphiql.html') },
      output: {
        // Libraries every page runs get chunks of their own: an app release leaves their hashes,
        // and the browser's cached copies, alone. Only what the shell loads anyway belongs here
        // (a group pulls its modules into one chunk, so a page-only library would join the shell).
        codeSplitting: {
          groups: vendorGroups.map(([name, test], index) => ({ name, test, priority: vendorGroups.length - index })),
        },
      },
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
