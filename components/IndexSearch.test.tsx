// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { IndexSearch } from './IndexSearch';

describe('IndexSearch', () => {
  const mount = (hits: Parameters<typeof IndexSearch>[0]['hits'], partial?: { indexed: number; total: number }) => {
    const root = document.createElement('div');
    document.body.append(root);
    const onQuery = vi.fn();
    const onOpen = vi.fn();
    act(() => render(<IndexSearch query="qusayr" hits={hits} onQuery={onQuery} onOpen={onOpen} partial={partial} />, root));
    return { root, onQuery, onOpen };
  };

  it('names each hit’s coverage and opens it in the reader', () => {
    const { root, onOpen } = mount([
      {
        postId: 'a:3',
        coverage: 'a',
        coverageTitle: 'Syria live',
        position: 3,
        title: 'Hezbollah withdraws from Qusayr',
        excerpt: '…',
        score: 2,
        terms: ['qusayr'],
        snippet: [
          { text: '…fighters pulled out of ', hit: false },
          { text: 'Qusayr', hit: true },
          { text: ' overnight…', hit: false },
        ],
      },
      {
        postId: 'b:9',
        coverage: 'b',
        coverageTitle: 'Captured blog',
        position: 9,
        title: null,
        excerpt: 'Fighters left Qusayr overnight, residents said',
        score: 1,
        terms: ['qusayr'],
      },
    ]);
    expect(root.querySelector('.hits .count')?.textContent).toBe('2 posts with these words');
    // The words that matched, in context and marked.
    expect(root.querySelector('.hits .snippet')?.innerHTML).toBe('…fighters pulled out of <mark>Qusayr</mark> overnight…');
    const items = [...root.querySelectorAll('.hits li:not(.count)')];
    expect(items.map((li) => li.querySelector('.muted')?.textContent)).toEqual(['Syria live', 'Captured blog']);
    expect(items[1].querySelector('button')?.textContent).toMatch(/^Fighters left Qusayr/);
    act(() => (items[1].querySelector('button') as HTMLButtonElement).click());
    expect(onOpen).toHaveBeenCalledWith('b:9');
  });

  it('says when nothing matches, and passes what is typed', () => {
    const { root, onQuery } = mount([]);
    expect(root.textContent).toContain('No indexed post has these words.');
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = 'damascus';
    act(() => void input.dispatchEvent(new Event('input')));
    expect(onQuery).toHaveBeenCalledWith('damascus');
  });

  it('says the hits come from part of the index while it is being built', () => {
    const { root } = mount([], { indexed: 12000, total: 100000 });
    expect(root.querySelector('.partial')?.textContent).toBe('Searched 12,000 of 100,000 posts so far: the rest are still being indexed.');
    const whole = mount([]);
    expect(whole.root.querySelector('.partial')).toBeNull();
  });
});
