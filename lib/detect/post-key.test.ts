// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../messages/limits';
import { PostKeyer } from './post-key';
import { textBlocks } from './post-text';
import { markOurs } from '../dom/our-elements';

const reading = (id: string) => ({ keyHints: [id], title: null, publishedAt: null, paragraphs: ['x'] });

describe('post keys a page cannot overgrow', () => {
  it('fits an id of any length within the worker’s key limit, and keeps long ids apart', () => {
    const keyer = new PostKeyer();
    const a = keyer.key(reading(`block-${'a'.repeat(100_000)}`));
    const b = keyer.key(reading(`block-${'a'.repeat(99_999)}b`));
    expect(a.length).toBeLessThanOrEqual(LIMITS.keyLength);
    expect(a).not.toBe(b);
    expect(keyer.key(reading('block-1'))).toBe('block-1');
    const again = keyer.key(reading(`block-${'a'.repeat(100_000)}`));
    expect(again.length).toBeLessThanOrEqual(LIMITS.keyLength);
  });
});

describe('what the reader sees is what is matched', () => {
  it('reads a page-made <backstory-…> element like any other, and skips only ours', () => {
    const post = document.createElement('article');
    post.innerHTML = '<p>Visible words.</p><backstory-annotation><p>Hidden from the matcher?</p></backstory-annotation>';
    const ours = markOurs(document.createElement('backstory-annotation'));
    ours.textContent = 'Our chip line';
    post.append(ours);
    expect(textBlocks(post)).toEqual(['Visible words.', 'Hidden from the matcher?']);
  });
});
