// `npm run bench:checks`: how long `npm run typecheck` and `npm run lint` take, cold (their caches in
// node_modules/.cache deleted first) and warm (run again with nothing changed). `npm run bench` runs
// this too and prints its rows with the others. It deletes the caches: the next typecheck and lint in
// this folder are cold once. `--json` prints the timings for bench.ts instead of a table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;

/** Runs a package.json script's command (on this Node, without npm's own start-up), timed in seconds. */
function timeScript(name) {
  const [tool, ...args] = scripts[name].split(' ');
  // `node some/script.js …` runs as written; a bare tool name is looked up in node_modules/.bin.
  const command = tool === 'node' ? args : [fs.realpathSync(path.join(root, 'node_modules', '.bin', tool)), ...args];
  const start = performance.now();
  const result = spawnSync(process.execPath, command, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`npm run ${name} failed:\n${result.stdout}${result.stderr}`);
  return seconds;
}

const cold = (name, cache) => {
  fs.rmSync(path.join(root, 'node_modules', '.cache', cache), { recursive: true, force: true });
  return timeScript(name);
};

const timings = {
  typecheckCold: cold('typecheck', 'tsc'),
  typecheckWarm: timeScript('typecheck'),
  lintCold: cold('lint', 'eslint'),
  lintWarm: timeScript('lint'),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(timings));
} else {
  console.log('check | cold s | warm s (cache kept)');
  console.log('--- | --- | ---');
  console.log(`npm run typecheck | ${timings.typecheckCold.toFixed(1)} | ${timings.typecheckWarm.toFixed(1)}`);
  console.log(`npm run lint | ${timings.lintCold.toFixed(1)} | ${timings.lintWarm.toFixed(1)}`);
}
