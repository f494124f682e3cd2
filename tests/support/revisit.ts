/**
 * A live blog visited twice at the same address: the second time with three new posts at the top,
 * two reworded and one gone from the middle, as the issue on following blogs describes. Built from
 * a page's blocks (newest first); says what each post of the second visit must be.
 */
import type { GuardianBlock } from '../../bin/lib/demo/guardian-page';
import { paragraphsHtml } from '../../bin/lib/demo/guardian-page';

export interface Revisit {
  first: GuardianBlock[];
  second: GuardianBlock[];
  expected: Record<string, 'new' | 'changed' | 'unchanged'>;
  gone: GuardianBlock;
}

/** Adds a sentence to the end of a block's first paragraph. */
function reword(b: GuardianBlock, sentence: string): GuardianBlock {
  const at = b.bodyHtml.indexOf('</p>');
  if (at < 0) throw new Error(`block ${b.id} has no paragraph to reword`);
  return { ...b, bodyHtml: `${b.bodyHtml.slice(0, at)} ${sentence}${b.bodyHtml.slice(at)}` };
}

export function revisit(blocks: readonly GuardianBlock[]): Revisit {
  const first = blocks.slice(0, 12);
  if (first.length < 8) throw new Error('a revisit needs at least 8 posts');
  const hasParagraph = (b: GuardianBlock) => b.bodyHtml.includes('</p>');
  const [r1, r2] = first.filter(hasParagraph).slice(1, 3);
  const gone = first[5] === r1 || first[5] === r2 ? first[6] : first[5];
  const fresh = [1, 2, 3].map((n) => ({
    id: `ffffffffffffffffffff000${n}`,
    title: `A new post number ${n} since the reader's last visit`,
    bodyHtml: paragraphsHtml([`This post number ${n} was published after the first visit, with words of its own.`]),
    publishedAt: new Date(Date.parse(first[0].publishedAt) + n * 60_000).toISOString(),
  }));
  const second = [
    ...fresh.reverse(),
    ...first
      .filter((b) => b !== gone)
      .map((b) => (b === r1 ? reword(b, 'Officials later denied this.') : b === r2 ? reword(b, 'The figure was revised.') : b)),
  ];
  const expected = Object.fromEntries(
    second.map((b) => [
      `block-${b.id}`,
      fresh.includes(b as (typeof fresh)[number]) ? 'new' : b.id === r1.id || b.id === r2.id ? 'changed' : 'unchanged',
    ]),
  ) as Revisit['expected'];
  return { first, second, expected, gone };
}
