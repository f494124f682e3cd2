#!/usr/bin/env node
// The command line's entry: loads the project's TypeScript through tsx's loader, so it works
// straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
