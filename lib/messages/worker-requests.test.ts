import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { parseWorkerRequest, ProtocolError } from './worker-requests';
import { highlight } from '../../tests/support/highlights';

const ok = (key: string, paragraphs = ['A.']) => ({ key, title: null, paragraphs });

describe('parseWorkerRequest', () => {
  it('accepts a well-formed match request', () => {
    const m = { type: 'match-posts', posts: [ok('block-1')] };
    expect(parseWorkerRequest(m)).toEqual({ ...m, posts: [{ post: ok('block-1') }], wait: false });
    expect(parseWorkerRequest({ ...m, wait: true })).toMatchObject({ wait: true });
    // Only a real `true` asks the worker to take its time.
    expect(parseWorkerRequest({ ...m, wait: 'yes' })).toMatchObject({ wait: false });
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'drop-database' }],
    ['posts not a list', { type: 'match-posts', posts: 'x' }],
    ['too many posts', { type: 'match-posts', posts: Array(LIMITS.postsPerRequest + 1).fill(ok('k')) }],
    ['a negative count', { type: 'page-summary', matched: -1, total: 3 }],
    [
      'a highlight with a null source',
      { type: 'highlight-save', highlight: { ...highlight(), snapshot: { ...highlight().snapshot, sources: [null] } } },
    ],
    ['a highlight with no date of change', { type: 'highlight-save', highlight: { ...highlight(), modifiedAt: 'soon' } }],
    ['a site pattern for every site', { type: 'disable-site', pattern: 'https://*/*' }],
  ])('rejects %s with a ProtocolError', (_what, message) => {
    expect(() => parseWorkerRequest(message)).toThrow(ProtocolError);
  });

  it('answers a bad post on its own and keeps every other post', () => {
    const posts = [
      ok('fine-1'),
      ok('long-paragraph', ['x'.repeat(LIMITS.charsPerParagraph + 1)]),
      { key: 'long-title', title: 't'.repeat(LIMITS.charsPerParagraph + 1), paragraphs: [] },
      { key: 'k'.repeat(LIMITS.keyLength + 1), title: null, paragraphs: ['A.'] },
      { key: 'not-text', title: null, paragraphs: [{}] },
      { key: 'too-long', title: null, paragraphs: Array(20).fill('x'.repeat(LIMITS.charsPerParagraph)) },
      ok('fine-2'),
    ];
    const r = parseWorkerRequest({ type: 'match-posts', posts });
    if (r.type !== 'match-posts') throw new Error('wrong type');
    expect(r.posts).toHaveLength(posts.length);
    expect(r.posts[0]).toEqual({ post: ok('fine-1') });
    expect(r.posts[6]).toEqual({ post: ok('fine-2') });
    for (const refused of r.posts.slice(1, 6)) {
      expect(refused).toHaveProperty('problem');
      expect('problem' in refused && refused.problem.reason).toMatch(/\.$/);
    }
    expect(r.posts[3]).toMatchObject({ key: 'k'.repeat(LIMITS.keyLength) });
  });

  it('drops fields it does not know', () => {
    const parsed = parseWorkerRequest({ type: 'open-reader', postId: 'c:1', evil: true });
    expect(parsed).toEqual({ type: 'open-reader', postId: 'c:1' });
  });

  it('checks the following calls: settings in range, blog ids as text', () => {
    expect(parseWorkerRequest({ type: 'forget-blogs' })).toEqual({ type: 'forget-blogs' });
    expect(parseWorkerRequest({ type: 'forget-blogs', blogIds: ['blog-a'] })).toEqual({ type: 'forget-blogs', blogIds: ['blog-a'] });
    expect(() => parseWorkerRequest({ type: 'forget-blogs', blogIds: [7] })).toThrow();
    const settings = { enabled: true, offSites: ['news.example'], retentionDays: 30 };
    expect(parseWorkerRequest({ type: 'set-follow-settings', settings })).toEqual({ type: 'set-follow-settings', settings });
    expect(() => parseWorkerRequest({ type: 'set-follow-settings', settings: { ...settings, retentionDays: 0 } })).toThrow();
    expect(() => parseWorkerRequest({ type: 'set-follow-settings', settings: { ...settings, offSites: ['a b'] } })).toThrow();
    expect(() => parseWorkerRequest({ type: 'visit-summary', tabId: 'x' })).toThrow();
  });
});
