// The plain-Node front doors (the CLI, browser mode) and the import worker, bundled to JavaScript so
// nothing compiles TypeScript at run time. One esbuild pass with code splitting: the modules a command
// reaches only through `await import()` (the PDF and workbook exporters) land in chunks of their own,
// loaded the first time that command needs them, so `cap-marketing info` never parses the PDF writer or exceljs.
//
// Everything goes straight into out/, not a subfolder, because of how the code finds its files:
// - electron/web.ts serves `<its folder>/../out/renderer`: from out/web.mjs that is out/renderer;
// - the fonts, the migrations and the import worker are found with new URL('./…', import.meta.url),
//   relative to whichever chunk holds that module, so every chunk sits beside fonts/, migrations/ and
//   importWorker.mjs (chunkNames has no folder).
// bin/cap-marketing.mjs rebuilds these (about a second) when they are missing or older than a source.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(root, 'out');
/**
 * Written last by each build: the sources it read, the folders it copied and the files it wrote.
 * bin/cap-marketing.mjs compares its date with the sources' before every command (bundlesStale).
 */
export const manifestFile = path.join(outDir, 'node-bundles.json');

const entryPoints = {
  cli: 'electron/cli.ts',
  web: 'electron/web.ts',
  importWorker: 'electron/core/import/worker.ts',
};
/** Files the core reads beside its own module at run time (fonts.ts, migrations.ts). */
const copiedFolders = {
  'electron/core/export/pdf/fonts': 'fonts',
  'electron/core/store/migrations': 'migrations',
};
/** A change to these also changes the bundles, though esbuild does not list them as inputs. */
const buildFiles = ['scripts/nodeBundles.mjs', 'package.json', 'package-lock.json'];

// CommonJS packages in the bundle (exceljs and its dependencies) call require(); ESM has none.
// Every output file gets this line, chunks included: each is a module of its own.
export const requireBanner = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * The native module stays outside the bundle and loads from node_modules, like in the desktop app
 * (decision 002), but through require(), which the banner defines: an `import` of a CommonJS package
 * goes through Node's ESM-to-CommonJS translation, which cost about 5 ms of every command's start.
 */
const nativeModuleByRequire = {
  name: 'better-sqlite3-by-require',
  setup(build) {
    build.onResolve({ filter: /^better-sqlite3$/ }, (args) => (args.namespace === 'native' ? undefined : { path: 'better-sqlite3', namespace: 'native' }));
    build.onLoad({ filter: /.*/, namespace: 'native' }, () => ({ contents: "export default require('better-sqlite3');", loader: 'js', resolveDir: root }));
  },
};
/**
 * Node's own modules (`node:fs`, `node:crypto`…) through process.getBuiltinModule(), each loaded on
 * the first read of one of its exports. An `import` of `node:fs` builds its ESM facade, which reads
 * every export and so loads fs's streams: about 3 ms of every command's start; loading node:crypto
 * costs 3 ms more, though only the exports and the customer file use it. The exports' names are
 * read from this Node when the bundle is built.
 */
const builtinsOnFirstUse = {
  name: 'builtins-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const names = Object.keys(process.getBuiltinModule(args.path)).filter((name) => name !== 'default');
      const contents = [
        `let loaded;`,
        `const load = () => (loaded ??= process.getBuiltinModule(${JSON.stringify(args.path)}));`,
        `for (const name of ${JSON.stringify(names)}) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });`,
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Code the app never runs, left out so that each command parses less: zod's 45 translations of its
 * own messages (the app writes every message it shows; zod's English default stays).
 */
export const leanPackages = {
  name: 'lean-packages',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'lean' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lean' }, () => ({ contents: "export { default as en } from 'zod/v4/locales/en.js';", loader: 'js', resolveDir: root }));
  },
};

/** The project's own files among esbuild's inputs: not packages, not the plugins' modules ("lean:zod-locales"). */
const isProjectSource = (input) => !input.includes('node_modules/') && !/^[a-z-]+:/.test(input);

/**
 * Builds out/cli.mjs, out/web.mjs, out/importWorker.mjs and their chunks. Each file is written to a
 * temporary name and renamed, chunks before the entries that import them, so a command started during
 * a rebuild loads either the old files or the new ones, never half of one. `removeStale` deletes the
 * chunks of earlier builds: `npm run build` does, the launcher's rebuild does not, since a browser
 * mode started before it may still load them lazily.
 */
export async function buildNodeBundles({ quiet = false, removeStale = true } = {}) {
  const { build } = await import('esbuild');
  const startedAt = new Date();
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    external: ['better-sqlite3'],
    plugins: [nativeModuleByRequire, builtinsOnFirstUse, leanPackages],
    banner: { js: requireBanner },
    // Less to parse at every start; the names stay (error classes, stack traces) and the source maps
    // lead back to the TypeScript.
    minify: true,
    keepNames: true,
    sourcemap: true,
    metafile: true,
    write: false,
    logLevel: quiet ? 'silent' : 'warning',
  });
  fs.mkdirSync(outDir, { recursive: true });
  for (const [from, to] of Object.entries(copiedFolders)) {
    fs.cpSync(path.join(root, from), path.join(outDir, to), { recursive: true });
  }
  const isEntry = (file) => Object.keys(entryPoints).some((name) => path.basename(file).startsWith(`${name}.mjs`));
  const ordered = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
  for (const file of ordered) writeAtomically(file.path, file.contents);

  if (removeStale) {
    const written = new Set(result.outputFiles.map((file) => path.basename(file.path)));
    for (const stale of fs.readdirSync(outDir).filter((name) => /^chunk-\w+\.mjs(\.map)?$/.test(name) && !written.has(name))) {
      fs.rmSync(path.join(outDir, stale), { force: true });
    }
  }
  writeAtomically(manifestFile, `${JSON.stringify(manifest(result.metafile), null, 2)}\n`);
  // Dated from the start, so a source saved while esbuild was running still counts as newer.
  fs.utimesSync(manifestFile, startedAt, startedAt);
}

/**
 * The manifest lists the project's own sources the bundles were built from (node_modules are covered
 * by package-lock.json) and, for each output file, the packages and project files inside it: the
 * lazy-loading test reads which chunk holds the PDF writer from here.
 */
function manifest(metafile) {
  const sources = Object.keys(metafile.inputs).filter(isProjectSource);
  const outputs = Object.fromEntries(
    Object.entries(metafile.outputs)
      .filter(([file]) => file.endsWith('.mjs'))
      .map(([file, output]) => [
        path.basename(file),
        {
          imports: output.imports.filter((entry) => !entry.external).map((entry) => ({ file: path.basename(entry.path), kind: entry.kind })),
          packages: [...new Set(Object.keys(output.inputs).map(packageOf).filter(Boolean))].sort(),
          sources: Object.keys(output.inputs).filter(isProjectSource).sort(),
          bytes: output.bytes,
        },
      ]),
  );
  const copied = Object.keys(copiedFolders).flatMap((folder) => fs.readdirSync(path.join(root, folder)).map((name) => `${folder}/${name}`));
  return { sources: [...new Set([...sources, ...copied, ...buildFiles])].sort(), folders: Object.keys(copiedFolders), outputs };
}

const packageOf = (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? null;

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}
