// Builds every part: the renderer with Vite; the Electron main process, its import worker and the
// preload with esbuild (out/main, out/preload); the CLI and browser mode with esbuild (out/*.mjs, see
// nodeBundles.mjs).
// `--renderer` builds only the renderer (the end-to-end tests need nothing else);
// `--web` the renderer, the CLI and browser mode (`npm run web`); `--node` only the CLI and browser mode.
import fs from 'node:fs';
import path from 'node:path';
import { buildNodeBundles, leanPackages, outDir as out, requireBanner, root } from './nodeBundles.mjs';

const only = ['--renderer', '--web', '--node'].find((flag) => process.argv.includes(flag));
const wants = {
  renderer: only !== '--node',
  desktop: only === undefined,
  node: only !== '--renderer',
};

if (wants.renderer) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (wants.desktop) {
  const { build: esbuild } = await import('esbuild');
  const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, minify: true, keepNames: true, logLevel: 'warning', plugins: [leanPackages] };
  await esbuild({
    ...common,
    entryPoints: [path.join(root, 'electron/main/index.ts')],
    outfile: path.join(out, 'main/index.mjs'),
    format: 'esm',
    // The native module stays outside the bundle (unpacked from the asar); electron is the runtime.
    external: ['electron', 'better-sqlite3'],
    banner: { js: requireBanner },
  });
  // The action import parses spreadsheets in a worker thread; it must sit next to the main bundle.
  await esbuild({
    ...common,
    entryPoints: [path.join(root, 'electron/core/import/worker.ts')],
    outfile: path.join(out, 'main/importWorker.mjs'),
    format: 'esm',
    banner: { js: requireBanner },
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

if (wants.node) await buildNodeBundles();

console.log(
  { '--renderer': 'Renderer built in out/renderer', '--web': 'Renderer, CLI and browser mode built in out/', '--node': 'CLI and browser mode built in out/' }[only] ??
    'Built in out/',
);
