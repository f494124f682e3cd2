// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../lib/types/post';
import { Popup } from './Popup';
import { mount } from '../tests/support/mount';
import { useLocale } from '../tests/support/i18n';

const state: PageState = {
  liveBlog: true,
  detector: 'guardian',
  url: 'http://x',
  title: 'Live',
  revealed: true,
  posts: [
    { key: 'a', title: 'One', excerpt: '', status: 'same', match: null },
    { key: 'b', title: null, excerpt: 'Two…', status: 'edited', match: null },
    { key: 'c', title: 'Three', excerpt: '', status: 'unindexed', match: null },
    { key: 'd', title: 'Four', excerpt: '', status: 'same', match: null },
  ],
};

describe('Popup', () => {
  it('on a followed blog, says of each post new or changed since the last visit', () => {
    const followed: PageState = {
      ...state,
      posts: [
        { ...state.posts[0], since: 'unchanged' },
        { ...state.posts[2], since: 'new' },
        { ...state.posts[1], since: 'changed' },
      ],
    };
    const el = mount(<Popup model={{ kind: 'page', state: followed }} onSelect={() => {}} onReveal={() => {}} onOpenPost={() => {}} />);
    const rows = [...el.querySelectorAll('.posts button.post')];
    expect(rows[0].textContent).toContain('In the index · unchanged');
    expect(rows[1].querySelector('[data-since="new"]')?.textContent).toContain('New since your last visit');
    expect(rows[2].querySelector('[data-since="changed"]')?.textContent).toContain('Changed since your last visit');
  });

  it('shows the page verdict with counts by status and the detector', () => {
    const el = mount(<Popup model={{ kind: 'page', state }} onSelect={() => {}} onReveal={() => {}} onOpenPost={() => {}} />);
    expect(el.querySelector('[data-count="same"]')?.textContent).toContain('2 unchanged');
    expect(el.querySelector('[data-count="edited"]')?.textContent).toContain('1 edited');
    expect(el.querySelector('[data-count="unindexed"]')?.textContent).toContain('1 new');
    expect(el.textContent).toContain('The Guardian’s live-blog markup');
  });

  it('counts in the UI’s language, with its plurals', () => {
    try {
      useLocale('fr');
      const el = mount(<Popup model={{ kind: 'page', state }} onSelect={() => {}} onReveal={() => {}} onOpenPost={() => {}} />);
      expect(el.querySelector('[data-count="same"]')?.textContent).toContain('2 inchangés');
      expect(el.querySelector('[data-count="edited"]')?.textContent).toContain('1 modifié');
      expect(el.querySelector('.verdict p')?.textContent).toMatch(/^Un direct de \d+ messages, détecté par /);
      useLocale('ar');
      const ar = mount(<Popup model={{ kind: 'page', state }} onSelect={() => {}} onReveal={() => {}} onOpenPost={() => {}} />);
      expect(ar.querySelector('[data-count="edited"]')?.textContent).toContain('معدّل');
    } finally {
      useLocale('en');
    }
  });

  it('lists posts; choosing one asks to scroll to it', () => {
    const onSelect = vi.fn();
    const el = mount(<Popup model={{ kind: 'page', state }} onSelect={onSelect} onReveal={() => {}} onOpenPost={() => {}} />);
    const items = el.querySelectorAll('.posts button.post');
    expect(items).toHaveLength(4);
    expect(items[1].textContent).toContain('Two…');
    act(() => (items[2] as HTMLButtonElement).click());
    expect(onSelect).toHaveBeenCalledWith('c');
  });

  it('offers to show marks on a quiet page', () => {
    const onReveal = vi.fn();
    const quiet = { ...state, revealed: false, posts: state.posts.map((p) => ({ ...p, status: 'unindexed' as const })) };
    const el = mount(<Popup model={{ kind: 'page', state: quiet }} onSelect={() => {}} onReveal={onReveal} onOpenPost={() => {}} />);
    expect(el.textContent).toContain('None of this page’s posts is in your index');
    act(() => (el.querySelector('.secondary') as HTMLButtonElement).click());
    expect(onReveal).toHaveBeenCalled();
  });

  it('has clear empty states', () => {
    expect(
      mount(
        <Popup
          model={{ kind: 'not-running', message: 'Backstory does not run on this page.' }}
          onSelect={() => {}}
          onReveal={() => {}}
          onOpenPost={() => {}}
        />,
      ).textContent,
    ).toContain('does not run');
    expect(
      mount(
        <Popup
          model={{ kind: 'page', state: { ...state, liveBlog: false, posts: [] } }}
          onSelect={() => {}}
          onReveal={() => {}}
          onOpenPost={() => {}}
        />,
      ).textContent,
    ).toContain('not a live blog');
  });
});

describe('Popup capture', () => {
  it('offers to add a live blog to the index, and says what the capture did', () => {
    const onCapture = vi.fn();
    const el = mount(
      <Popup
        model={{ kind: 'page', state, notice: 'Added 4 posts to “Live” (4 in all).' }}
        onSelect={() => {}}
        onReveal={() => {}}
        onOpenPost={() => {}}
        onCapture={onCapture}
      />,
    );
    act(() => (el.querySelector('.capture button') as HTMLButtonElement).click());
    expect(onCapture).toHaveBeenCalled();
    expect(el.querySelector('.capture [role="status"]')?.textContent).toContain('Added 4 posts');
    // Nothing to capture on a page that is not a live blog.
    const article = mount(
      <Popup
        model={{ kind: 'page', state: { ...state, liveBlog: false, posts: [] } }}
        onSelect={() => {}}
        onReveal={() => {}}
        onOpenPost={() => {}}
        onCapture={onCapture}
      />,
    );
    expect(article.querySelector('.capture')).toBeNull();
  });
});

describe('Popup post details', () => {
  it('shows the same chips as the page and opens a post’s details', () => {
    const details = {
      covers: [],
      attribution: {
        firstPublished: null,
        origins: [],
        writers: [],
        sources: [{ name: 'Reuters', kind: 'agency' as const, evidence: 'Reuters reports.' }],
        people: [],
        embeds: [],
      },
      related: [],
      updates: [],
      corrections: [],
    };
    const withDetails = { ...state, posts: [{ ...state.posts[0], details }] };
    const el = mount(<Popup model={{ kind: 'page', state: withDetails }} onSelect={() => {}} onReveal={() => {}} onOpenPost={() => {}} />);
    expect(el.querySelector('.chip-line')?.textContent).toBe('Reuters');
    const toggle = el.querySelector('button.toggle') as HTMLButtonElement;
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('.card')?.textContent).toContain('Reuters (agency)');
  });
});

describe('Popup removed posts', () => {
  it('lists indexed posts missing from the page, each opening the reader', () => {
    const onOpenPost = vi.fn();
    const removed = [{ postId: 'c:51', title: 'The downfall of President Bashar al-Assad', excerpt: 'The fall…' }];
    const el = mount(<Popup model={{ kind: 'page', state, removed }} onSelect={() => {}} onReveal={() => {}} onOpenPost={onOpenPost} />);
    const section = el.querySelector('[aria-label="Removed from the page"]')!;
    expect(section.textContent).toContain('1 indexed post is missing');
    act(() => (section.querySelector('button') as HTMLButtonElement).click());
    expect(onOpenPost).toHaveBeenCalledWith('c:51');
  });
});

describe('Popup site access', () => {
  it('offers to run on a site Backstory does not run on, with the permission asked for then', () => {
    const onEnableSite = vi.fn();
    const el = mount(
      <Popup
        model={{ kind: 'not-running', message: 'Backstory does not run on this page.', offer: 'https://example.com/*' }}
        onSelect={() => {}}
        onReveal={() => {}}
        onOpenPost={() => {}}
        onEnableSite={onEnableSite}
      />,
    );
    expect(el.textContent).toContain('read example.com');
    act(() => (el.querySelector('button') as HTMLButtonElement).click());
    expect(onEnableSite).toHaveBeenCalledWith('https://example.com/*');
  });

  it('offers to stop on a site the reader turned on', () => {
    const onDisableSite = vi.fn();
    const el = mount(
      <Popup
        model={{ kind: 'page', state, userSite: 'https://example.com/*' }}
        onSelect={() => {}}
        onReveal={() => {}}
        onOpenPost={() => {}}
        onDisableSite={onDisableSite}
      />,
    );
    const stop = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Stop on this site')!;
    act(() => stop.click());
    expect(onDisableSite).toHaveBeenCalledWith('https://example.com/*');
  });
});

describe('Popup highlights', () => {
  it('lists this page’s highlights, says which the page lost and what the post reads now, and exports them', async () => {
    const { highlight } = await import('../tests/support/highlights');
    const onExport = vi.fn();
    const a = highlight({ postKey: 'a' });
    const b = highlight({ id: 'urn:uuid:b', postKey: 'gone', exact: 'A removed passage.' });
    const el = mount(
      <Popup
        model={{ kind: 'page', state, highlights: { all: [a, b], unattached: ['urn:uuid:b'] } }}
        onSelect={() => {}}
        onReveal={() => {}}
        onOpenPost={() => {}}
        onExport={onExport}
      />,
    );
    const items = el.querySelectorAll('[aria-label="Highlights on this page"] li');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).not.toContain('not found');
    expect(items[1].textContent).toContain('not found in the post now');
    expect(items[1].textContent).toContain('The post is no longer on this page.');
    act(() => ([...el.querySelectorAll('.exports button')].find((x) => x.textContent === 'RIS') as HTMLButtonElement).click());
    expect(onExport).toHaveBeenCalledWith('ris', [a, b]);
  });
});
