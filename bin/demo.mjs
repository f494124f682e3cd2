#!/usr/bin/env node
// `npm run demo [-- --headless]`: see bin/demo.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./demo.ts');
process.exitCode = await main(process.argv.slice(2));
