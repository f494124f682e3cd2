import { describe, expect, it } from 'vitest';
import { snippet } from './snippet';

const marked = (parts: ReturnType<typeof snippet>) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('snippet', () => {
  it('shows the first passage holding a matched word, the matches marked, cut at spaces', () => {
    const paragraphs = [
      'A first paragraph that says nothing of interest at all.',
      'Much earlier in the day, before anyone expected it, the convoy reached the Border crossing at dawn and waited there for hours while officials argued.',
    ];
    const parts = snippet(paragraphs, new Set(['border', 'convoy']), 40);
    // Cut at spaces: no word is cut in two.
    expect(marked(parts)).toBe('…day, before anyone expected it, the [convoy] reached the [Border] crossing at dawn and…');
  });

  it('folds as the search does (case, apostrophes), and finds nothing when nothing matches', () => {
    expect(marked(snippet(['Le PRÉSIDENT a parlé.'], new Set(['président'])))).toBe('Le [PRÉSIDENT] a parlé.');
    expect(snippet(['Nothing here.'], new Set(['absent']))).toEqual([]);
  });
});
