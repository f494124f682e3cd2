/**
 * `backstory annotate <page.html> [--url <url>] [--out <file.json>]` (docs/contracts.md §2): the same
 * lib/ code as the extension, on a saved page, with linkedom standing in for the browser's DOM
 * (it runs none of the page's scripts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { annotatePage } from '../lib/analysis/annotate-page';
import { Analyzer } from '../lib/analysis/analyzer';
import { loadShippedCoverage } from '../lib/coverage/load-shipped-node';

const USAGE = 'usage: backstory annotate <page.html> [--url <page url>] [--out <file.json>]';

class UsageError extends Error {}

interface Args {
  file: string;
  url: string | null;
  out: string | null;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'annotate') throw new UsageError(command ? `unknown command '${command}'; ${USAGE}` : USAGE);
  let file: string | null = null;
  let url: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--url' || a === '--out') {
      const v = rest[++i];
      if (!v) throw new UsageError(`${a} needs a value; ${USAGE}`);
      if (a === '--url') url = v;
      else out = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option '${a}'; ${USAGE}`);
    else if (file) throw new UsageError(`one page at a time; ${USAGE}`);
    else file = a;
  }
  if (!file) throw new UsageError(`no page given; ${USAGE}`);
  return { file, url, out };
}

function readPage(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  // Saved pages are sometimes gzipped (magic bytes 1f 8b).
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new UsageError(`${file} looks gzipped but could not be decompressed`);
    }
  }
  return bytes.toString('utf8');
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const html = readPage(args.file);
    const { document } = parseHTML(html);
    const report = annotatePage(document as unknown as Document, new Analyzer([loadShippedCoverage()]), args.url);
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (args.out) writeFileSync(args.out, json);
    else process.stdout.write(json);
    return 0;
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `failed: ${(e as Error).message ?? e}`;
    process.stderr.write(`backstory: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
