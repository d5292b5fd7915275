// Regenerates docs/plan.schema.json from the zod schemas; a test fails when it is out of date.
import fs from 'node:fs';
import { interchangeJsonSchema } from '../shared/interchange';

fs.writeFileSync(new URL('../docs/plan.schema.json', import.meta.url), `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`);
