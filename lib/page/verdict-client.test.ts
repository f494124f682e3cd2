import { describe, expect, it } from 'vitest';
import { LIMITS } from '../messages/limits';
import type { PostPayload } from '../types/post';
import { askVerdicts, type AskedPost } from './verdict-client';

const post = (key: string, over: Partial<AskedPost> = {}): AskedPost => ({
  key,
  title: null,
  paragraphs: ['Some text.'],
  byline: [],
  ...over,
});
const echo = async (posts: PostPayload[]) => posts.map((p) => ({ key: p.key, status: 'unindexed', match: null }));

describe('askVerdicts', () => {
  it('answers an oversized post itself and sends the others', async () => {
    const sent: PostPayload[][] = [];
    const verdicts = await askVerdicts(
      async (p) => (sent.push(p), echo(p)),
      [
        post('a'),
        post('long', { paragraphs: ['x'.repeat(LIMITS.charsPerParagraph + 1)] }),
        post('title', { title: 't'.repeat(LIMITS.charsPerParagraph + 1) }),
        post('b', { byline: Array(30).fill('n'.repeat(500)) }),
      ],
    );
    expect(verdicts.map((v) => v.status)).toEqual(['unindexed', 'error', 'error', 'unindexed']);
    expect(verdicts[1].reason).toMatch(/too long to check/);
    expect(sent[0].map((p) => p.key)).toEqual(['a', 'b']);
    // A long byline is clipped, not a reason to refuse the post.
    expect(sent[0][1].byline).toHaveLength(LIMITS.bylineNames);
  });

  it('never leaves a post pending, whatever comes back', async () => {
    const posts = [post('a'), post('b')];
    for (const reply of [
      { error: 'too long' },
      null,
      [{ key: 'a', status: 'same', match: null }],
      [
        { key: 'x', status: 'same' },
        { key: 'b', status: 'nonsense' },
      ],
    ]) {
      const verdicts = await askVerdicts(async () => reply, posts);
      expect(verdicts).toHaveLength(2);
      expect(verdicts.every((v) => v.status === 'error' && v.reason!.endsWith('.'))).toBe(true);
    }
    const thrown = await askVerdicts(async () => {
      throw new Error('Refused: x.');
    }, posts);
    expect(thrown.map((v) => v.reason)).toEqual([
      'The index could not be reached (Refused: x.).',
      'The index could not be reached (Refused: x.).',
    ]);
  });
});
