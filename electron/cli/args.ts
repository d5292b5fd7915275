/** Flags that never take a value. */
const switches = new Set(['no-author', 'merge-probable']);
/** Flags that take no value when nothing follows them (`check PLAN --json`; `export --json OUT` takes one). */
const optionalValues = new Set(['json']);

export interface ParsedArgs {
  positional: string[];
  /** A switch reads 'true'; a flag given without its value reads ''. */
  flags: Record<string, string>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i].startsWith('--')) {
      const name = argv[i].slice(2);
      const next = argv[i + 1];
      const standsAlone = switches.has(name) || (optionalValues.has(name) && (next === undefined || next.startsWith('--')));
      flags[name] = standsAlone ? 'true' : (next ?? '');
      if (!standsAlone) i += 1;
    } else positional.push(argv[i]);
  }
  return { positional, flags };
}
