/** Embedded social posts of a page post, from their author lines (`— Name (@handle) Date`). */
import { parseEmbedAuthorLine } from '../coverage/parse';

export interface Embed {
  platform: string;
  handle: string | null;
  author: string | null;
  date: string | null;
}

export function findEmbeds(paragraphs: readonly string[]): Embed[] {
  const out: Embed[] = [];
  for (const p of paragraphs) {
    const a = parseEmbedAuthorLine(p);
    if (a) out.push({ platform: a.platform, handle: a.handle, author: a.author, date: a.date });
  }
  return out;
}
