// Builds the three parts: the renderer with Vite, the Electron main process and preload with esbuild.
// `--renderer` builds only the renderer (browser mode and end-to-end tests need nothing else).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out');
const rendererOnly = process.argv.includes('--renderer');

await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

if (!rendererOnly) {
  const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' };
  await esbuild({
    ...common,
    entryPoints: [path.join(root, 'electron/main/index.ts')],
    outfile: path.join(out, 'main/index.mjs'),
    format: 'esm',
    // The native module stays outside the bundle (unpacked from the asar); electron is the runtime.
    external: ['electron', 'better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  // The action import parses spreadsheets in a worker thread; it must sit next to the main bundle.
  await esbuild({
    ...common,
    entryPoints: [path.join(root, 'electron/core/import/worker.ts')],
    outfile: path.join(out, 'main/importWorker.mjs'),
    format: 'esm',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  // A sandboxed preload must be one CommonJS file that requires nothing but electron.
  await esbuild({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/index.ts')],
    outfile: path.join(out, 'preload/index.cjs'),
    format: 'cjs',
    external: ['electron'],
  });
  // Files the core reads next to its own module (new URL('./…', import.meta.url)) must sit next to the bundle.
  fs.cpSync(path.join(root, 'electron/core/store/migrations'), path.join(out, 'main/migrations'), { recursive: true });
  fs.cpSync(path.join(root, 'electron/core/export/pdf/fonts'), path.join(out, 'main/fonts'), { recursive: true });
}
console.log(rendererOnly ? 'Renderer built in out/renderer' : 'Built in out/');
