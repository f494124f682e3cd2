/**
 * A synthetic news corpus for the matching benchmark: posts written by an order-2 word chain
 * trained on the shipped coverage (real news English), deterministic from a seed, and edited
 * copies of some of them, one edit kind at a time.
 */
import type { Coverage, IndexedPost } from '../../lib/coverage/types';

/**
 * Mulberry32, with a step of its own per seed: with one fixed step every seed's stream is the same
 * sequence shifted, and at 10^6 posts the page's "unrelated" posts (seed 1,999,999) were the
 * corpus's own text from draw 288 M on (95% "false duplicates" that were true ones).
 */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  let step = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  step = ((step ^ (step >>> 13)) | 1) >>> 0;
  return () => {
    s = (s + step) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A vocabulary of made-up words, sampled with a Zipf-like skew, to give posts words of their own. */
function vocabulary(size: number, r: () => number): string[] {
  const syl = [
    'ka',
    'ri',
    'to',
    'men',
    'sal',
    'vor',
    'de',
    'lin',
    'ash',
    'bu',
    'qu',
    'ne',
    'zar',
    'hol',
    'pe',
    'mi',
    'ston',
    'gra',
    'el',
    'do',
  ];
  return Array.from({ length: size }, () =>
    Array.from({ length: 2 + Math.floor(r() * 2) }, () => syl[Math.floor(r() * syl.length)]).join(''),
  );
}

export class WordChain {
  private next = new Map<string, string[]>();
  private starts: string[][] = [];
  private vocab = vocabulary(30_000, rng(1));

  constructor(paragraphs: readonly string[]) {
    for (const p of paragraphs) {
      const w = p.split(/\s+/).filter(Boolean);
      if (w.length < 3) continue;
      this.starts.push([w[0], w[1]]);
      for (let i = 0; i + 2 < w.length; i++) {
        const k = `${w[i]} ${w[i + 1]}`;
        const list = this.next.get(k);
        if (list) list.push(w[i + 2]);
        else this.next.set(k, [w[i + 2]]);
      }
    }
  }

  sentence(r: () => number, min = 12, max = 32): string {
    const [a, b] = this.starts[Math.floor(r() * this.starts.length)];
    const out = [a, b];
    const len = min + Math.floor(r() * (max - min));
    while (out.length < len) {
      const options = this.next.get(`${out[out.length - 2]} ${out[out.length - 1]}`);
      if (!options) {
        const [c, d] = this.starts[Math.floor(r() * this.starts.length)];
        out.push(c, d);
        continue;
      }
      out.push(options[Math.floor(r() * options.length)]);
    }
    // A chain trained on one blog repeats its phrases far more than news does: a third of the words
    // are swapped for words of a large vocabulary (names, places, specifics), and numbers added.
    for (let i = 0; i < out.length; i++) {
      if (r() < 0.35) out[i] = this.vocab[Math.floor(this.vocab.length * r() ** 2)];
    }
    return `${out.join(' ').replace(/[.!?]*$/, '')} ${Math.floor(r() * 9000) + 100}.`;
  }
}

export function syntheticCoverage(id: string, size: number, chain: WordChain, seed: number): Coverage {
  const r = rng(seed);
  const posts: IndexedPost[] = [];
  for (let i = 0; i < size; i++) {
    const paragraphs = Array.from(
      { length: 2 + Math.floor(r() * 4) },
      () => chain.sentence(r) + (r() < 0.5 ? ` ${chain.sentence(r)}` : ''),
    );
    posts.push({
      id: `${id}:${i + 1}`,
      coverage: id,
      position: i + 1,
      title: chain.sentence(r, 5, 10).replace(/\s\d+\.$/, ''),
      paragraphs,
      edited: false,
      embeds: [],
      url: null,
      publishedAt: null,
    });
  }
  return {
    meta: { id, title: `Synthetic ${size}`, publisher: 'bench', url: null, language: 'en', firstDay: null, lastDay: null, source: 'bench' },
    posts,
  };
}

export type EditKind = 'none' | 'typo' | 'sentence-added' | 'truncated' | 'number-changed' | 'combined';
export const EDIT_KINDS: EditKind[] = ['none', 'typo', 'sentence-added', 'truncated', 'number-changed', 'combined'];

function typo(text: string, r: () => number): string {
  const words = text.split(' ');
  const i = Math.floor(r() * words.length);
  const w = words[i];
  if (w.length > 3) words[i] = `${w.slice(0, 1)}${w[2]}${w[1]}${w.slice(3)}`;
  return words.join(' ');
}

export function edit(post: IndexedPost, kind: EditKind, chain: WordChain, r: () => number): { title: string | null; paragraphs: string[] } {
  const ps = [...post.paragraphs];
  const last = ps.length - 1;
  switch (kind) {
    case 'none':
      break;
    case 'typo':
      ps[0] = typo(ps[0], r);
      break;
    case 'sentence-added':
      ps[last] = `${ps[last]} ${chain.sentence(r)}`;
      break;
    case 'truncated':
      if (ps.length > 2) ps.pop();
      else
        ps[last] = ps[last]
          .split(' ')
          .slice(0, Math.ceil(ps[last].split(' ').length / 2))
          .join(' ');
      break;
    case 'number-changed':
      ps[0] = ps[0].replace(/\d+/, (n) => String(Number(n) + 7));
      break;
    case 'combined':
      ps[0] = typo(ps[0], r);
      ps[last] = `${ps[last]} ${chain.sentence(r)}`;
      if (ps.length > 3) ps.splice(1, 1);
      break;
  }
  return { title: post.title, paragraphs: ps };
}

/** A line a hostile page can quote at will, as every post of a blog may open with it. */
export const BOILERPLATE = 'Follow our live coverage of the day as it happens, with the latest updates below.';

/** `size` posts that all open with the same boilerplate line, each then saying something of its own. */
export function boilerplateCoverage(size: number): Coverage {
  const posts: IndexedPost[] = Array.from({ length: size }, (_, i) => ({
    id: `boiler:${i + 1}`,
    coverage: 'boiler',
    position: i + 1,
    title: null,
    edited: false,
    embeds: [],
    url: null,
    publishedAt: null,
    paragraphs: [BOILERPLATE, `Item ${i + 1}: the council met on day ${i + 1} and agreed motion number ${i * 7 + 3} after a long debate.`],
  }));
  return {
    meta: {
      id: 'boiler',
      title: 'Boilerplate',
      publisher: 'bench',
      url: null,
      language: 'en',
      firstDay: null,
      lastDay: null,
      source: 'bench',
    },
    posts,
  };
}
