import { describe, expect, it } from 'vitest';
import { clipByline, LIMITS, postProblem } from './limits';

describe('post limits', () => {
  it('passes an ordinary post', () => {
    expect(postProblem({ title: 'A title', paragraphs: ['One.', 'Two.'] })).toBeNull();
  });

  it.each([
    ['too many paragraphs', { title: null, paragraphs: Array(LIMITS.paragraphsPerPost + 1).fill('x') }, /paragraphs/],
    ['a long title', { title: 't'.repeat(LIMITS.charsPerParagraph + 1), paragraphs: [] }, /title/],
    ['one long paragraph', { title: null, paragraphs: ['p'.repeat(LIMITS.charsPerParagraph + 1)] }, /a paragraph of/],
    ['a long post', { title: null, paragraphs: Array(20).fill('x'.repeat(LIMITS.charsPerParagraph)) }, /too long/],
  ])('names the problem of %s in a sentence', (_what, post, words) => {
    const problem = postProblem(post);
    expect(problem?.reason).toMatch(words);
    expect(problem?.reason).toMatch(/\.$/);
  });

  it('says it in the reader’s language too: its code and numbers, with the English sentence', () => {
    expect(postProblem({ title: null, paragraphs: Array(401).fill('x') })).toEqual({
      reason: 'This post is too long to check (401 paragraphs).',
      why: { code: 'tooManyParagraphs', subs: ['401'] },
    });
  });

  it('clips a byline instead of refusing the post', () => {
    const clipped = clipByline(Array(50).fill('n'.repeat(1000)));
    expect(clipped).toHaveLength(LIMITS.bylineNames);
    expect(clipped.every((n) => n.length === LIMITS.bylineChars)).toBe(true);
  });
});
