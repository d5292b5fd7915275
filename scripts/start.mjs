// `npm start`: the desktop window where Electron's binary is there (or can be fetched), browser mode
// otherwise. `npm run web` (--web) goes straight to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const french = !process.argv.includes('--lang') || process.argv[process.argv.indexOf('--lang') + 1] !== 'en';
const say = (fr, en) => console.log(french ? fr : en);
const passThrough = process.argv.slice(2).filter((arg) => arg !== '--web');

function electronBinary() {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** npm install skips Electron's download script (see allowScripts); try it once here. */
function fetchElectron() {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return null;
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 180_000 });
  return electronBinary();
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const wantsWeb = process.argv.includes('--web');
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), ...(wantsWeb ? ['--web'] : [])], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = wantsWeb ? null : (electronBinary() ?? fetchElectron());
if (binary) {
  run(binary, [root, ...passThrough]);
} else {
  if (!wantsWeb) {
    say(
      'L’application de bureau (Electron) n’est pas installée et n’a pas pu être téléchargée sur cette machine : Cap Marketing démarre en mode navigateur.',
      'The desktop app (Electron) is not installed and could not be downloaded on this machine: Cap Marketing is starting in browser mode.',
    );
  }
  run(process.execPath, [path.join(root, 'out/web.mjs'), ...passThrough]);
}
