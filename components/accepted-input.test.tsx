// @vitest-environment happy-dom
/**
 * Anything the import parsers accept, the Library and the reader page draw: the odd but valid
 * (nulls, empty lists, no optional fields) and what a hostile file would try (markup as text).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { highlight } from '../tests/support/highlights';
import { parseBackup, toBackup } from '../lib/highlights/backup';
import { readPack } from '../lib/packs/pack-format';
import { Library } from './Library';
import { Reader } from './Reader';

const draw = (ui: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return root;
};

describe('what a backup may hold, the Library draws', () => {
  const base = highlight();
  const odd = [
    { ...base, id: 'urn:uuid:a', canonicalUrl: null, publisher: undefined, tags: [], note: '', prefix: '', suffix: '' },
    {
      ...base,
      id: 'urn:uuid:b',
      snapshot: {
        status: 'error',
        title: null,
        publishedAt: null,
        byline: [],
        match: null,
        firstPublished: null,
        sources: [],
        corrections: [],
      },
    },
    {
      ...base,
      id: 'urn:uuid:c',
      exact: '<img src=x onerror=alert(1)>',
      snapshot: {
        ...base.snapshot,
        match: undefined,
        firstPublished: undefined,
        corrections: [{ kind: 'removed', before: 'x', after: null }],
      },
    },
  ];

  it('imports each and draws the list', () => {
    const file = JSON.stringify({ format: 'backstory-highlights', version: 1, exportedAt: base.createdAt, highlights: odd });
    const parsed = parseBackup(file);
    expect(parsed).toHaveLength(3);
    const root = draw(<Library highlights={parsed} onSave={vi.fn()} onDelete={vi.fn()} onExport={vi.fn()} onImport={vi.fn()} />);
    expect(root.textContent).toContain('3 of 3 highlights');
    expect(root.querySelector('img')).toBeNull();
    expect(parseBackup(toBackup(parsed))).toEqual(parsed);
  });

  it.each([
    ['a null source', { snapshot: { ...base.snapshot, sources: [null] } }],
    ['a modified date that is not one', { modifiedAt: 'later' }],
    ['tags that are not text', { tags: [1] }],
    ['a status that is not one', { snapshot: { ...base.snapshot, status: 'hacked' } }],
    ['a page address that would run script when clicked', { pageUrl: 'javascript:alert(1)' }],
  ])('refuses %s, so it never reaches the Library', (_what, over) => {
    const file = JSON.stringify({ format: 'backstory-highlights', version: 1, highlights: [{ ...base, ...over }] });
    expect(() => parseBackup(file)).toThrow(/^highlight 1: /);
  });
});

describe('what a pack may hold, the reader page draws', () => {
  it('draws posts with no title, no time, embeds and markup as text', () => {
    const header = JSON.stringify({
      backstoryPack: 1,
      coverage: { id: 'odd', title: 'Odd', publisher: 'P', url: null, language: 'und', firstDay: null, lastDay: null, source: 's' },
    });
    const posts = [
      { key: 'a', position: 1, title: 'Title only', paragraphs: [], publishedAt: null, url: null },
      {
        key: 'b',
        position: 2,
        title: null,
        paragraphs: ['<script>alert(1)</script>', 'By @someone'],
        publishedAt: '2024-12-08T10:00:00Z',
        url: null,
        embeds: [{ platform: 'X', handle: '@someone', author: null, date: null, paragraphs: [0, 1] }],
      },
    ].map((p) => JSON.stringify(p));
    const coverage = readPack([header, ...posts].join('\n'));
    const root = draw(<Reader coverage={coverage} focusPostId="odd:b" />);
    expect(root.querySelectorAll('article')).toHaveLength(2);
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.querySelectorAll('.embed')).toHaveLength(2);
  });

  it('refuses an address that would run script when clicked', () => {
    const header = JSON.stringify({
      backstoryPack: 1,
      coverage: {
        id: 'odd',
        title: 'Odd',
        publisher: 'P',
        url: 'javascript:alert(1)',
        language: 'und',
        firstDay: null,
        lastDay: null,
        source: 's',
      },
    });
    expect(() => readPack(header)).toThrow(/coverage\.url: must be a web address/);
  });
});
