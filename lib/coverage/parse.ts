/**
 * Turns the plain-text coverage (one paragraph a line, newest post first, boundaries implicit)
 * into posts. The boundaries are a guess, and matching never relies on them being exact; the rules:
 *
 * 1. A line that is exactly `Updated` is the footer of an edited post: it ends that post.
 * 2. An embed author line (`— Name (@handle) December 7, 2024`) belongs to the embed above it;
 *    the line right before it is the embed's text.
 * 3. A headline starts a new post. A line is a headline when it is short (≤ 20 words), does not
 *    end like a sentence (. ! ? : ; … , possibly followed by closing quotes), carries no link,
 *    and is not embed text. Two headlines in a row make the first a headline-only post
 *    ("Celebrations across the country – video").
 * 4. Anything else is a body paragraph of the current post.
 */
import type { Coverage, CoverageMeta, EmbedRef, IndexedPost } from './types';

const UPDATED_FOOTER = /^Updated$/;
const SENTENCE_END = /[.!?:;…,]['"’”»)\]]*$/u;
const LINK = /(?:https?:\/\/|pic\.twitter\.com\/|\bwww\.)/i;
const MAX_HEADLINE_WORDS = 20;
const EMBED_AUTHOR = /^[—–-]\s*(.+?)\s*\((@[\w.]+)\)\s+([A-Z][a-z]+ \d{1,2}, \d{4})\s*$/u;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface EmbedAuthorLine {
  platform: string;
  handle: string;
  author: string | null;
  date: string | null;
}

/** Parses `— Name (@handle) December 7, 2024`, the line a social embed ends with. */
export function parseEmbedAuthorLine(line: string): EmbedAuthorLine | null {
  const m = EMBED_AUTHOR.exec(line.trim());
  if (!m) return null;
  let author = m[1].trim();
  let platform = 'X';
  // Bluesky embeds show the full handle beside the name: "Paul Conroy @reflextv.bsky.social".
  const bsky = /\s*@[\w.-]+\.bsky\.social$/.exec(author);
  if (bsky || /\.bsky\.social/.test(m[2])) {
    platform = 'Bluesky';
    if (bsky) author = author.slice(0, bsky.index).trim();
  }
  return { platform, handle: m[2], author: author || null, date: isoDate(m[3]) };
}

function isoDate(text: string): string | null {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

export function isHeadline(line: string, next: string | undefined): boolean {
  if (next !== undefined && parseEmbedAuthorLine(next)) return false;
  if (parseEmbedAuthorLine(line)) return false;
  if (SENTENCE_END.test(line) || LINK.test(line)) return false;
  return line.split(/\s+/).length <= MAX_HEADLINE_WORDS;
}

interface Draft {
  title: string | null;
  paragraphs: string[];
  edited: boolean;
  embeds: EmbedRef[];
}

/** Parses the coverage text; posts come back oldest first with positions and ids. */
export function parseCoverage(text: string, meta: CoverageMeta): Coverage {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

  const drafts: Draft[] = []; // newest first, as in the text
  let current: Draft | null = null;
  const close = () => {
    if (current && (current.title || current.paragraphs.length)) drafts.push(current);
    current = null;
  };
  const open = (): Draft => (current ??= { title: null, paragraphs: [], edited: false, embeds: [] });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (UPDATED_FOOTER.test(line)) {
      if (current) (current as Draft).edited = true;
      close();
      continue;
    }
    const author = parseEmbedAuthorLine(line);
    if (author) {
      const post = open();
      post.paragraphs.push(line);
      const at = post.paragraphs.length - 1;
      post.embeds.push({
        platform: author.platform,
        handle: author.handle,
        author: author.author,
        date: author.date,
        paragraphs: at > 0 ? [at - 1, at] : [at],
      });
      continue;
    }
    if (isHeadline(line, lines[i + 1])) {
      close();
      open().title = line;
      continue;
    }
    open().paragraphs.push(line);
  }
  close();

  const total = drafts.length;
  const posts: IndexedPost[] = drafts.reverse().map((d, i) => ({
    id: `${meta.id}:${i + 1}`,
    coverage: meta.id,
    position: i + 1,
    title: d.title,
    paragraphs: d.paragraphs,
    edited: d.edited,
    embeds: d.embeds,
    url: null,
    publishedAt: null,
  }));
  if (posts.length !== total) throw new Error('coverage parser lost posts');
  return { meta, posts };
}
