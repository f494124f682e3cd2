import { describe, expect, it } from 'vitest';
import { LIMITS, parseTabRequest, parseWorkerRequest, ProtocolError } from './protocol';

describe('parseWorkerRequest', () => {
  it('accepts a well-formed match request', () => {
    const m = { type: 'match-posts', posts: [{ key: 'block-1', title: null, paragraphs: ['A.'] }] };
    expect(parseWorkerRequest(m)).toEqual(m);
    expect(parseWorkerRequest({ ...m, wait: true })).toEqual({ ...m, wait: true });
    // Only a real `true` asks the worker to take its time.
    expect(parseWorkerRequest({ ...m, wait: 'yes' })).toEqual(m);
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'drop-database' }],
    ['posts not a list', { type: 'match-posts', posts: 'x' }],
    ['a paragraph not text', { type: 'match-posts', posts: [{ key: 'k', title: null, paragraphs: [{}] }] }],
    ['a key too long', { type: 'match-posts', posts: [{ key: 'k'.repeat(LIMITS.keyLength + 1), title: null, paragraphs: [] }] }],
    ['too many posts', { type: 'match-posts', posts: Array(LIMITS.postsPerRequest + 1).fill({ key: 'k', title: null, paragraphs: [] }) }],
    ['a post too long', { type: 'match-posts', posts: [{ key: 'k', title: null, paragraphs: Array(20).fill('x'.repeat(LIMITS.charsPerParagraph)) }] }],
    ['a negative count', { type: 'page-summary', matched: -1, total: 3 }],
  ])('rejects %s with a ProtocolError', (_what, message) => {
    expect(() => parseWorkerRequest(message)).toThrow(ProtocolError);
  });

  it('drops fields it does not know', () => {
    const parsed = parseWorkerRequest({ type: 'open-reader', postId: 'c:1', evil: true });
    expect(parsed).toEqual({ type: 'open-reader', postId: 'c:1' });
  });
});

describe('parseTabRequest', () => {
  it('accepts the popup’s requests and rejects others', () => {
    expect(parseTabRequest({ type: 'get-page-state' })).toEqual({ type: 'get-page-state' });
    expect(parseTabRequest({ type: 'scroll-to-post', key: 'k' })).toEqual({ type: 'scroll-to-post', key: 'k' });
    expect(() => parseTabRequest({ type: 'scroll-to-post' })).toThrow(ProtocolError);
    expect(() => parseTabRequest(null)).toThrow(ProtocolError);
  });
});
