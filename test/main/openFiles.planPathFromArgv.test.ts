import { describe, expect, it } from 'vitest';
import { planPathFromArgv } from '../../electron/main/openFiles';

describe('planPathFromArgv: the plan a double-click or a command line hands over', () => {
  it.each([
    [['/opt/Cap Marketing/cap-marketing', '/home/marie/Documents/Boulangerie Martin.capm'], '/home/marie/Documents/Boulangerie Martin.capm'],
    [['C:\\Program Files\\Cap Marketing\\Cap Marketing.exe', 'C:\\Users\\Marie\\Plan 2027.CAPM'], 'C:\\Users\\Marie\\Plan 2027.CAPM'],
    [['electron', '--no-sandbox', '--enable-features=X', 'plan.capm'], 'plan.capm'],
  ])('finds the plan in %j', (argv, expected) => expect(planPathFromArgv(argv)).toBe(expected));

  it.each([
    [['/opt/cap-marketing']],
    [['/opt/cap-marketing', 'rapport.pdf']],
    [['/opt/cap-marketing', '--user-data-dir=/tmp/x.capm']],
    [['plan.capm']], // the executable itself is never the plan
  ])('finds none in %j', (argv) => expect(planPathFromArgv(argv)).toBeNull());
});
