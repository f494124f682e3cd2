/** Embedded social posts of a page post, from their author lines (`— Name (@handle) Date`). */
import { parseEmbedAuthorLine } from '../coverage/parse';
import type { Embed } from '../types/attribution';

export function findEmbeds(paragraphs: readonly string[]): Embed[] {
  const out: Embed[] = [];
  for (const p of paragraphs) {
    const a = parseEmbedAuthorLine(p);
    if (a) out.push({ platform: a.platform, handle: a.handle, author: a.author, date: a.date });
  }
  return out;
}
