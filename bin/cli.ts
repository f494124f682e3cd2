/**
 * `backstory annotate <page.html> [--url <url>] [--seen <earlier.html>]… [--out <file.json>]` (docs/contracts.md §2): the same
 * lib/ code as the extension, on a saved page, with linkedom standing in for the browser's DOM
 * (it runs none of the page's scripts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { annotatePage } from '../lib/analysis/annotate-page';
import { Analyzer } from '../lib/analysis/analyzer';
import { loadShippedCoverage } from '../lib/coverage/load-shipped-node';
import { detectPage, pageUrl } from '../lib/detect/detect-page';
import { blogIdOf, emptyHistory, recordVisit, type BlogHistory } from '../lib/visits/blog-history';

const USAGE = 'usage: backstory annotate <page.html> [--url <page url>] [--seen <earlier.html>]… [--out <file.json>]';

class UsageError extends Error {}

interface Args {
  file: string;
  url: string | null;
  out: string | null;
  /** Earlier visits of the same blog, oldest first. */
  seen: string[];
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'annotate') throw new UsageError(command ? `unknown command '${command}'; ${USAGE}` : USAGE);
  let file: string | null = null;
  let url: string | null = null;
  let out: string | null = null;
  const seen: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--url' || a === '--out' || a === '--seen') {
      const v = rest[++i];
      if (!v) throw new UsageError(`${a} needs a value; ${USAGE}`);
      if (a === '--url') url = v;
      else if (a === '--seen') seen.push(v);
      else out = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option '${a}'; ${USAGE}`);
    else if (file) throw new UsageError(`one page at a time; ${USAGE}`);
    else file = a;
  }
  if (!file) throw new UsageError(`no page given; ${USAGE}`);
  return { file, url, out, seen };
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

/**
 * The `--seen` pages recorded as visits of the blog, as the extension records them: one visit a
 * page, oldest first (their times are only an order: a second apart).
 */
function earlierVisits(args: Args): BlogHistory {
  let history = emptyHistory('seen');
  args.seen.forEach((file, i) => {
    const { document } = parseHTML(readPage(file));
    const page = detectPage(document as unknown as Document);
    const url = pageUrl(document as unknown as Document, args.url);
    if (i === 0 && url) history = emptyHistory(blogIdOf({ url, canonicalUrl: null }));
    history = recordVisit(history, page.posts, new Date(i * 1000).toISOString()).history;
  });
  return history;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const html = readPage(args.file);
    const { document } = parseHTML(html);
    const report = annotatePage(
      document as unknown as Document,
      new Analyzer([loadShippedCoverage()]),
      args.url,
      args.seen.length ? earlierVisits(args) : undefined,
    );
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
