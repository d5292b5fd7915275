// The command-line front door onto the same services as the app: each command is a few calls of the
// contract, made through dispatch(createHandlers(...)) as the IPC and HTTP bridges make them.
import { createTranslator, describeError, isLanguage, type Language } from '../shared/i18n';
import { checkRuntime } from './core/runtime';
import { toAppError } from './core/store/errors';
import { parseArgs } from './cli/args';
import { commands, type CliIo } from './cli/commands';
import { CliError, cliServices, defaultCliFolders, type CliFolders } from './cli/services';
import { terminalIo } from './cli/terminal';

export type { CliIo } from './cli/commands';
export type { CliFolders } from './cli/services';

/**
 * Runs one command and returns its exit code. `folders` says where the preferences are read from
 * (the author identity on the exports); tests give their own.
 */
export async function runCli(
  argv: string[],
  io: CliIo = terminalIo(),
  folders: CliFolders = defaultCliFolders(),
): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const language: Language = isLanguage(flags.lang) ? flags.lang : 'fr';
  const t = createTranslator(language);
  const [command, ...args] = positional;
  const services = cliServices(folders);
  try {
    const runtimeError = checkRuntime();
    if (runtimeError) throw new CliError(runtimeError);
    if (command === undefined || command === 'help') {
      io.out(t('cli.usage'));
      return command ? 0 : 2;
    }
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!run) throw new CliError({ key: 'cli.unknownCommand', params: { command } });
    await run({ args, flags, language, t, io, call: services.call });
    return 0;
  } catch (error) {
    const problem = error instanceof CliError ? error.appError : toAppError(error);
    io.err('key' in problem ? t(problem.key, problem.params) : describeError(t, problem));
    if (!(error instanceof CliError)) io.err(String(error));
    return 1;
  } finally {
    services.close();
  }
}
