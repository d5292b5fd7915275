#!/usr/bin/env node
// Launcher: checks the runtime before anything loads the native SQLite module (which crashes,
// rather than throws, on a Node that is too old), then runs the bundled CLI (out/cli.mjs, built by
// scripts/nodeBundles.mjs): plain JavaScript, nothing compiles TypeScript at run time.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 14)) {
  console.error(
    `Cap Marketing a besoin de Node.js 22.14 ou plus récent (version trouvée : ${process.versions.node}). ` +
      'Lancez-le avec « npx cap-marketing », qui utilise le Node fourni avec le projet.',
  );
  process.exit(1);
}

// V8 keeps the compiled code on disk (in the temporary folder) for the next run, the launcher's own
// bundle check included: it saves about a fifth of the start-up time of a short command such as `info`.
module.enableCompileCache?.();

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const bundle = new URL('../out/cli.mjs', import.meta.url);
const builder = new URL('../scripts/nodeBundles.mjs', import.meta.url);

// In the project's folder, a bundle that is missing (right after `npm install`) or older than one of
// its sources (after an edit) is rebuilt first, in about a second, silently.
if (existsSync(builder)) {
  const { nodeBundlesStale, buildNodeBundles } = await import(builder.href);
  if (nodeBundlesStale()) {
    try {
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
}
if (!existsSync(bundle)) {
  console.error(`Cap Marketing n’est pas construit (out/cli.mjs manque) : lancez « npm run build » dans ${projectDir}.`);
  process.exit(1);
}

const { runCli } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2));
