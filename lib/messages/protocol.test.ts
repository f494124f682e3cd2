import { describe, expect, it } from 'vitest';
import { parseTabRequest, ProtocolError } from './protocol';

describe('parseTabRequest', () => {
  it('accepts the popup’s requests and rejects others', () => {
    expect(parseTabRequest({ type: 'get-page-state' })).toEqual({ type: 'get-page-state' });
    expect(parseTabRequest({ type: 'scroll-to-post', key: 'k' })).toEqual({ type: 'scroll-to-post', key: 'k' });
    expect(() => parseTabRequest({ type: 'scroll-to-post' })).toThrow(ProtocolError);
    expect(() => parseTabRequest(null)).toThrow(ProtocolError);
  });
});
