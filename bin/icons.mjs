#!/usr/bin/env node
// `npm run icons`: see bin/icons.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./icons.ts');
process.exitCode = await main();
