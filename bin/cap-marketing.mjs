#!/usr/bin/env node
// Launcher: checks the runtime before anything loads the native SQLite module (which crashes,
// rather than throws, on a Node that is too old), then runs the bundled CLI (out/cli.mjs, built by
// scripts/nodeBundles.mjs): plain JavaScript, nothing compiles TypeScript at run time.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 14)) {
  console.error(
    `Cap Marketing a besoin de Node.js 22.14 ou plus récent (version trouvée : ${process.versions.node}). ` +
      'Lancez-le avec « npx cap-marketing », qui utilise le Node fourni avec le projet.',
  );
  process.exit(1);
}

// Node's modules without `import`, whose ESM facade of node:fs alone costs every command about 3 ms.
const { existsSync, readFileSync, statSync } = process.getBuiltinModule('node:fs');
const module = process.getBuiltinModule('node:module');

// V8 keeps the compiled code on disk (in the temporary folder) for the next run, the launcher's own
// bundle check included: it saves about a fifth of the start-up time of a short command such as `info`.
module.enableCompileCache?.();

/** The project's folder, for the messages below (node:url would cost every command a few ms to load). */
const projectDir = import.meta.dirname.replace(/[\\/]bin$/, '');
const bundle = new URL('../out/cli.mjs', import.meta.url);

/**
 * Why out/'s bundles must be (re)built, or null when the manifest that scripts/nodeBundles.mjs writes
 * last is newer than every source it lists. Written here rather than imported: every command in the
 * project's folder pays for this check, and loading one more module costs more than the check itself.
 */
function bundlesStale(root) {
  const manifest = `${root}/out/node-bundles.json`;
  let listed;
  try {
    listed = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    return 'not built';
  }
  const builtAt = statSync(manifest).mtimeMs;
  for (const output of Object.keys(listed.outputs)) if (!existsSync(`${root}/out/${output}`)) return `${output} is missing`;
  // The sources and folders are relative with forward slashes, which every OS takes. A new source file
  // is only reached through an import added to one that changed, except a new migration or font,
  // which are found by listing their folder (listed.folders).
  for (const source of [...listed.sources, ...listed.folders]) {
    const stat = statSync(`${root}/${source}`, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > builtAt) return `${source} changed`;
  }
  return null;
}

// In the project's folder, a bundle that is missing (right after `npm install`) or older than one of
// its sources (after an edit) is rebuilt first, in about a second, silently.
const builder = `${projectDir}/scripts/nodeBundles.mjs`;
if (existsSync(builder) && bundlesStale(projectDir)) {
  try {
    const { buildNodeBundles } = await import(new URL('../scripts/nodeBundles.mjs', import.meta.url).href);
    await buildNodeBundles({ quiet: true, removeStale: false });
  } catch (error) {
    const esbuildMissing = error?.code === 'ERR_MODULE_NOT_FOUND';
    console.error(
      `Cap Marketing n’a pas pu être construit : lancez « npm install » puis « npm run build » dans ${projectDir}` +
        (esbuildMissing ? '.' : `.\n${error?.message ?? error}`),
    );
    process.exit(1);
  }
}
if (!existsSync(bundle)) {
  console.error(`Cap Marketing n’est pas construit (out/cli.mjs manque) : lancez « npm run build » dans ${projectDir}.`);
  process.exit(1);
}

const { runCli } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2));
