// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ARABIC, highlight } from '../tests/support/highlights';
import { filterHighlights, Library, NOTE_SAVE_MS } from './Library';
import { useLocale } from '../tests/support/i18n';

const list = [
  highlight(),
  highlight({
    id: 'urn:uuid:2',
    exact: ARABIC,
    note: '',
    tags: ['arabic'],
    site: 'www.bbc.com',
    createdAt: '2025-03-01T00:00:00.000Z',
    snapshot: { ...highlight().snapshot, status: 'edited', sources: [{ name: 'Reuters', kind: 'agency' }] },
  }),
];
const none = { text: '', tag: '', site: '', source: '', status: '', from: '', to: '' };

describe('filterHighlights', () => {
  it('searches quote, note and page, and filters by tag, site, source, status and date', () => {
    expect(filterHighlights(list, { ...none, text: 'truth social' })).toHaveLength(1);
    expect(filterHighlights(list, { ...none, text: 'first reaction' })).toHaveLength(1);
    expect(filterHighlights(list, { ...none, tag: 'arabic' }).map((h) => h.id)).toEqual(['urn:uuid:2']);
    expect(filterHighlights(list, { ...none, site: 'www.theguardian.com' })).toHaveLength(1);
    expect(filterHighlights(list, { ...none, source: 'Reuters' })).toHaveLength(1);
    expect(filterHighlights(list, { ...none, status: 'edited' })).toHaveLength(1);
    expect(filterHighlights(list, { ...none, from: '2025-01-01' })).toHaveLength(1);
    expect(filterHighlights(list, { ...none, to: '2024-12-31' })).toHaveLength(1);
  });
});

describe('Library', () => {
  const mount = (props: Partial<Parameters<typeof Library>[0]> = {}) => {
    const root = document.createElement('div');
    document.body.append(root);
    const handlers = { onSave: vi.fn(), onDelete: vi.fn(), onExport: vi.fn(), onImport: vi.fn() };
    act(() => render(<Library highlights={list} {...handlers} {...props} />, root));
    return { root, ...handlers };
  };

  it('counts, lists with links back to the passage, and exports what is shown', () => {
    const { root, onExport } = mount();
    expect(root.textContent).toContain('2 of 2 highlights');
    expect(root.querySelector('.item a')?.getAttribute('href')).toMatch(/#:~:text=/);
    expect(root.querySelector('blockquote[dir="auto"]')).not.toBeNull();
    act(() => ([...root.querySelectorAll('.actions button')].find((b) => b.textContent === 'Export CSV') as HTMLButtonElement).click());
    expect(onExport).toHaveBeenCalledWith('csv', list);
  });

  it('speaks the UI’s language: French and Arabic, with their plurals', () => {
    try {
      useLocale('fr');
      const fr = mount().root;
      expect(fr.querySelector('h1')?.textContent).toBe('Bibliothèque');
      expect(fr.textContent).toContain('2 sur 2 surlignages');
      expect([...fr.querySelectorAll('.actions button')].map((b) => b.textContent)).toContain('Exporter en CSV');
      useLocale('ar');
      const ar = mount().root;
      expect(ar.querySelector('h1')?.textContent).toBe('المكتبة');
      // Arabic's dual: "two highlights" is one word.
      expect(ar.textContent).toContain('تظليلان');
      expect(ar.querySelector('.item button.danger')?.textContent).toBe('حذف');
    } finally {
      useLocale('en');
    }
  });

  it('saves a note and tags, deduplicated and trimmed', () => {
    const { root, onSave } = mount();
    const item = root.querySelector('.item')!;
    const tags = item.querySelector('input') as HTMLInputElement;
    act(() => {
      tags.value = ' a, b ,a,, ';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => ([...item.querySelectorAll('button')].find((b) => b.textContent === 'Save') as HTMLButtonElement).click());
    expect(onSave.mock.calls[0][0].tags).toEqual(['a', 'b']);
  });

  it('saves a note as it is typed, once typing pauses, and at once when the field is left or the Library closes', () => {
    vi.useFakeTimers();
    try {
      const { root, onSave } = mount();
      const note = root.querySelector('.item textarea') as HTMLTextAreaElement;
      const type = (text: string) =>
        act(() => {
          note.value = text;
          note.dispatchEvent(new Event('input', { bubbles: true }));
        });
      type('Check against the wire');
      expect(onSave).not.toHaveBeenCalled();
      act(() => void vi.advanceTimersByTime(NOTE_SAVE_MS));
      expect(onSave).toHaveBeenCalledTimes(1);
      expect(onSave.mock.calls[0][0].note).toBe('Check against the wire');
      expect(onSave.mock.calls[0][1]).toBe(true);
      // Left before the pause: saved on leaving, once.
      type('Check against the wire copy');
      act(() => void note.dispatchEvent(new Event('blur')));
      act(() => void vi.advanceTimersByTime(NOTE_SAVE_MS));
      expect(onSave).toHaveBeenCalledTimes(2);
      expect(onSave.mock.calls[1][0].note).toBe('Check against the wire copy');
      // Closed mid-word: what was typed is saved as the page goes.
      type('Check against the wire copy again');
      act(() => void dispatchEvent(new Event('pagehide')));
      expect(onSave).toHaveBeenCalledTimes(3);
      expect(onSave.mock.calls[2][0].note).toBe('Check against the wire copy again');
      act(() => render(null, root));
      expect(onSave).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers Undo after a deletion, as the message says', () => {
    const undo = vi.fn();
    const { root } = mount({ message: { kind: 'ok', text: 'Highlight deleted.', undo } });
    const status = root.querySelector('header [role="status"].ok')!;
    expect(status.textContent).toContain('Highlight deleted.');
    act(() => (status.querySelector('button') as HTMLButtonElement).click());
    expect(undo).toHaveBeenCalled();
  });

  it('shows an import error as an alert', () => {
    const { root } = mount({ message: { kind: 'error', text: 'Nothing was imported: highlight 2: start and end must be offsets' } });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Nothing was imported');
  });
});

describe('Library, a researcher’s long list', () => {
  const many = Array.from({ length: 45 }, (_, i) =>
    highlight({
      id: `urn:uuid:m${i}`,
      exact: `Passage number ${i}`,
      tags: i % 2 ? ['odd'] : [],
      snapshot: { ...highlight().snapshot, status: i % 3 ? 'same' : 'edited' },
    }),
  );
  const mount = (props: Partial<Parameters<typeof Library>[0]> = {}) => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(<Library highlights={many} onSave={() => {}} onDelete={() => {}} onExport={vi.fn()} onImport={() => {}} {...props} />, root),
    );
    return root;
  };
  const items = (root: Element) => root.querySelectorAll('.items > li').length;
  const press = (root: Element, text: RegExp) =>
    act(() => ([...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? '')) as HTMLButtonElement).click());

  it('draws 20 at a time, with "Show more", and counts them all', () => {
    const root = mount();
    expect(root.textContent).toContain('45 of 45 highlights');
    expect(items(root)).toBe(20);
    press(root, /^Show 20 more \(25 not shown\)$/);
    expect(items(root)).toBe(40);
    press(root, /^Show 5 more/);
    expect(items(root)).toBe(45);
    expect(root.querySelector('.more')).toBeNull();
  });

  it('draws the highlight it was opened on, however far down', () => {
    const root = mount({ focusId: 'urn:uuid:m33' });
    expect(items(root)).toBe(34);
    expect(root.querySelector('#h-urn\\:uuid\\:m33')).not.toBeNull();
  });

  it('names statuses as a reader does, and says so when the filters match nothing', () => {
    const root = mount();
    const status = [...root.querySelectorAll('select')].at(-1) as HTMLSelectElement;
    expect([...status.options].map((o) => o.textContent)).toEqual(['All', 'Edited', 'Unchanged']);
    expect(root.querySelector('.item .muted')?.textContent).toMatch(/· (Edited|Unchanged) ·/);
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    act(() => {
      search.value = 'no such passage anywhere';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(items(root)).toBe(0);
    expect(root.querySelector('.empty')?.textContent).toContain('No highlight matches these filters.');
    press(root, /^Clear the filters$/);
    expect(items(root)).toBe(20);
    expect(search.value).toBe('');
  });
});
