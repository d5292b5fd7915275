#!/usr/bin/env node
// Launcher: checks the runtime before anything loads the native SQLite module (which crashes,
// rather than throws, on a Node that is too old), then runs the TypeScript CLI through tsx.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 14)) {
  console.error(
    `Cap Marketing a besoin de Node.js 22.14 ou plus récent (version trouvée : ${process.versions.node}). ` +
      'Lancez-le avec « npx cap-marketing », qui utilise le Node fourni avec le projet.',
  );
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { runCli } = await import('../electron/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
