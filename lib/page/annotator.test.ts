// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Analyzer } from '../analysis/analyzer';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { blockHtml, guardianPage, paragraphsHtml } from '../../bin/lib/demo/guardian-page';
import { demoPosts } from '../../bin/lib/demo/demo-page';
import type { PostPayload, PostVerdict } from '../types/post';
import { LIMITS } from '../messages/limits';
import { Annotator, type AnnotatorDeps, type ChipView } from './annotator';
import { HOST_TAG } from './annotation-host';

const coverage = loadShippedCoverage();
const analyzer = new Analyzer([coverage]);
const verdicts = async (posts: PostPayload[], _wait?: boolean): Promise<PostVerdict[]> =>
  posts.map((p) => {
    const v = analyzer.verdict(p);
    return { key: p.key, status: v.status, match: v.match };
  });

let views: Map<Element, ChipView>;
let annotator: Annotator | null = null;
const start = (html: string, matchPosts = verdicts, nearView?: AnnotatorDeps['nearView']) => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  views = new Map();
  annotator = new Annotator(document, {
    css: '',
    host: { shadowMode: 'open', revealStatus: true },
    matchPosts,
    render: (mount, view) => views.set(mount, view),
    unmount: (mount) => views.delete(mount),
    nearView,
  });
  return annotator.start();
};
const settle = () => vi.advanceTimersByTimeAsync(500);
const hosts = () => [...document.querySelectorAll(HOST_TAG)];
const statuses = () => hosts().map((h) => h.getAttribute('data-status'));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  annotator?.stop();
  vi.useRealTimers();
});

const demo = demoPosts(coverage, 12);
const demoHtml = guardianPage({ title: 'Demo', blocks: demo.map((p) => p.block), pinFirst: true });

describe('Annotator', () => {
  it('does nothing on a page that is not a live blog', () => {
    expect(start('<html><body><article><p>Hello</p></article></body></html>')).toBe(false);
    expect(hosts()).toHaveLength(0);
  });

  it('puts one host per post, first child, with its key and status', async () => {
    expect(start(demoHtml)).toBe(true);
    expect(statuses().every((s) => s === 'pending')).toBe(true);
    await settle();
    expect(hosts()).toHaveLength(demo.length);
    expect(statuses()).toEqual(demo.map((p) => p.expected));
    for (const h of hosts()) {
      expect(h.parentElement?.firstElementChild).toBe(h);
      expect(h.getAttribute('data-post-key')).toBe(h.parentElement?.id);
      expect(h.shadowRoot).not.toBeNull();
    }
    // The pinned copy has no host.
    expect(document.querySelector('#pinned-post ' + HOST_TAG)).toBeNull();
  });

  it('changes nothing of the page but adding hosts', async () => {
    const before = new DOMParser().parseFromString(demoHtml, 'text/html').body.innerHTML;
    start(demoHtml);
    await settle();
    expect(document.body.innerHTML).not.toBe(before);
    for (const h of hosts()) h.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('annotates a post inserted later, once', async () => {
    start(demoHtml);
    await settle();
    const top = document.getElementById('top-of-blog')!;
    const fresh = {
      id: 'ffffffffffffffffffffffff',
      title: null,
      bodyHtml: paragraphsHtml(['A brand new post from the desk, not in any index at all.']),
      publishedAt: '2024-12-08T14:00:00Z',
      pending: true,
    };
    top.insertAdjacentHTML('afterend', blockHtml(fresh));
    document.dispatchEvent(new Event('liveblog:blocks-updated'));
    await settle();
    document.getElementById('block-ffffffffffffffffffffffff')!.classList.remove('pending');
    await settle();
    const inserted = document.querySelectorAll(`#block-ffffffffffffffffffffffff > ${HOST_TAG}`);
    expect(inserted).toHaveLength(1);
    expect(inserted[0].getAttribute('data-status')).toBe('unindexed');
    expect(hosts()).toHaveLength(demo.length + 1);
  });

  it('announces posts the page inserts once per batch, with their count, and never the first annotation', async () => {
    start(demoHtml);
    const told: number[] = [];
    (annotator as unknown as { deps: { announce?: (n: number) => void } }).deps.announce = (n) => told.push(n);
    await settle();
    expect(told).toEqual([]);
    const top = document.getElementById('top-of-blog')!;
    for (const id of ['eeeeeeeeeeeeeeeeeeeeeee1', 'eeeeeeeeeeeeeeeeeeeeeee2'])
      top.insertAdjacentHTML(
        'afterend',
        blockHtml({ id, title: null, bodyHtml: paragraphsHtml([`New post ${id} from the desk.`]), publishedAt: '2024-12-08T14:00:00Z' }),
      );
    document.dispatchEvent(new Event('liveblog:blocks-updated'));
    await settle();
    await settle();
    expect(told).toEqual([2]);
  });

  it('re-matches a post whose text the page edits, and drops a removed post', async () => {
    start(demoHtml);
    await settle();
    const sameIdx = demo.findIndex((p) => p.expected === 'same' && /<p/.test(p.block.bodyHtml));
    const el = document.getElementById(`block-${demo[sameIdx].block.id}`)!;
    const p = el.querySelector('p')!;
    p.textContent = `${p.textContent} Officials later denied this account entirely.`;
    await settle();
    expect(el.querySelector(HOST_TAG)!.getAttribute('data-status')).toBe('edited');
    document.getElementById(`block-${demo[0].block.id}`)!.remove();
    await settle();
    expect(hosts()).toHaveLength(demo.length - 1);
  });

  it('puts its host back when the page removes it', async () => {
    start(demoHtml);
    await settle();
    const host = hosts()[2];
    const post = host.parentElement!;
    host.remove();
    await settle();
    expect(post.querySelectorAll(`:scope > ${HOST_TAG}`)).toHaveLength(1);
    expect(post.querySelector(HOST_TAG)!.getAttribute('data-status')).toBe(demo[2].expected);
  });

  it('stays quiet on a page none of whose posts is indexed, until revealed', async () => {
    const html = guardianPage({
      title: 'Other news',
      blocks: [1, 2, 3].map((i) => ({
        id: `00000000000000000000000${i}`,
        title: `Story ${i}`,
        bodyHtml: paragraphsHtml([`Entirely new reporting number ${i} about a different subject altogether.`]),
        publishedAt: '2025-01-01T00:00:00Z',
      })),
    });
    start(html);
    await settle();
    expect(statuses()).toEqual(['unindexed', 'unindexed', 'unindexed']);
    expect([...views.values()].every((v) => v.quiet)).toBe(true);
    annotator!.reveal();
    expect([...views.values()].some((v) => v.quiet)).toBe(false);
    expect(annotator!.state().revealed).toBe(true);
  });

  it('says what went wrong when the index cannot answer, and for a post too long to check', async () => {
    const huge = guardianPage({
      title: 'x',
      blocks: [
        {
          id: '111111111111111111111111',
          title: 'Huge',
          bodyHtml: paragraphsHtml(Array(300).fill('word '.repeat(1000))),
          publishedAt: '2025-01-01T00:00:00Z',
        },
        { id: '222222222222222222222222', title: 'Small', bodyHtml: '<p>Small.</p>', publishedAt: '2025-01-01T00:00:00Z' },
      ],
    });
    start(huge, async () => {
      throw new Error('worker gone');
    });
    await settle();
    expect(statuses()).toEqual(['error', 'error']);
    expect(hosts()[0].getAttribute('data-reason')).toMatch(/too long/);
    expect(hosts()[1].getAttribute('data-reason')).toMatch(/worker gone/);
  });

  it('shows verdicts first when the worker is cold, then asks once more for the details', async () => {
    const calls: boolean[] = [];
    start(demoHtml, async (posts, wait) => {
      calls.push(!!wait);
      return posts.map((p) => {
        const v = analyzer.verdict(p);
        return wait
          ? { key: p.key, status: v.status, match: v.match, details: analyzer.details(p, v) }
          : { key: p.key, status: v.status, match: v.match, detailsLater: true };
      });
    });
    await settle();
    expect(calls).toEqual([false, true]);
    expect(statuses()).toEqual(demo.map((p) => p.expected));
    const shown = [...views.values()];
    expect(shown.every((v) => v.details !== undefined)).toBe(true);
    // The demo's first indexed post cites Reuters or others: its chips can now be drawn.
    expect(shown.some((v) => (v.details?.attribution.sources.length ?? 0) > 0)).toBe(true);
  });

  it('reports page state for the popup', async () => {
    start(demoHtml);
    await settle();
    const s = annotator!.state();
    expect(s).toMatchObject({ liveBlog: true, detector: 'guardian' });
    expect(s.posts.map((p) => p.status)).toEqual(demo.map((p) => p.expected));
    expect(s.posts[1].match?.postId).toBe('guardian-syria-2024-12-07:64');
  });
});

describe('Annotator and page churn', () => {
  it('does not re-read the page when only ads change between posts', async () => {
    let requests = 0;
    start(demoHtml, async (posts) => {
      requests++;
      return verdicts(posts);
    });
    await settle();
    const reads = vi.spyOn(annotator as unknown as { reconcile: () => void }, 'reconcile');
    const ad = document.querySelector('.ad-slot')!;
    ad.innerHTML = '<div class="creative">Buy now</div>';
    await settle();
    expect(reads).not.toHaveBeenCalled();
    document.querySelector('#liveblog-body > article.block p')!.append(' More.');
    await settle();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(requests).toBe(2);
  });

  it('in a release build leaves no verdict in the light DOM and closes its roots', async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(demoHtml, 'text/html').documentElement.innerHTML;
    views = new Map();
    annotator = new Annotator(document, {
      css: '',
      host: { shadowMode: 'closed', revealStatus: false },
      matchPosts: verdicts,
      render: (mount, view) => views.set(mount, view),
      unmount: (mount) => views.delete(mount),
    });
    annotator.start();
    await settle();
    expect(hosts()).toHaveLength(demo.length);
    for (const h of hosts()) {
      expect(h.getAttributeNames()).toEqual(['data-post-key']);
      expect(h.shadowRoot).toBeNull();
    }
    // The verdicts were drawn all the same, inside the closed roots.
    expect([...views.values()].map((v) => v.status)).toEqual(demo.map((p) => p.expected));
  });

  it('gives every other post its verdict when one paragraph, title or byline is over the limit', async () => {
    const long = 'w'.repeat(LIMITS.charsPerParagraph + 1);
    const page = guardianPage({
      title: 'x',
      blocks: [
        { id: '311111111111111111111111', title: 'Long paragraph', bodyHtml: paragraphsHtml([long]), publishedAt: '2025-01-01T00:00:00Z' },
        { id: '322222222222222222222222', title: long, bodyHtml: '<p>Short.</p>', publishedAt: '2025-01-01T00:00:00Z' },
        {
          id: '333333333333333333333333',
          title: 'Long byline',
          byline: Array(40).fill('n'.repeat(300)).join(', '),
          bodyHtml: '<p>Fine.</p>',
          publishedAt: '2025-01-01T00:00:00Z',
        },
        ...demo.slice(0, 3).map((p) => p.block),
      ],
    });
    // The worker's own rules, as it would apply them on arrival.
    start(page, async (posts) => {
      for (const p of posts)
        if (p.paragraphs.some((x) => x.length > LIMITS.charsPerParagraph) || (p.byline ?? []).some((b) => b.length > LIMITS.bylineChars))
          throw new Error('the worker would have refused the whole batch');
      return verdicts(posts);
    });
    await settle();
    expect(statuses()).toEqual(['error', 'error', 'unindexed', ...demo.slice(0, 3).map((p) => p.expected)]);
  });
});

describe('Annotator at load', () => {
  it('when quiet ends, a post whose verdict is on its way is drawn once, with its verdict', async () => {
    // 150 indexed posts: read and asked about in two chunks; the second chunk's answer is held back.
    const blocks = Array.from({ length: 150 }, (_, i) => {
      const src = coverage.posts[i % coverage.posts.length];
      return {
        id: (0xb00000 + i).toString(16).padStart(24, '0'),
        title: src.title,
        bodyHtml: paragraphsHtml(src.paragraphs.length ? src.paragraphs : [`Post ${i}`]),
        publishedAt: new Date(Date.parse('2024-12-08T18:00:00Z') - i * 60_000).toISOString(),
      };
    });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let calls = 0;
    const drawn: ChipView[] = [];
    start(guardianPage({ title: 'Load', blocks }), async (posts) => {
      if (calls++ > 0) await held;
      return verdicts(posts);
    });
    const render = (annotator as unknown as { deps: { render: (m: Element, v: ChipView) => void } }).deps;
    const inner = render.render;
    render.render = (m, v) => {
      drawn.push(v);
      inner(m, v);
    };
    await settle();
    // Quiet has ended with the first chunk's verdicts; the posts still waiting were not drawn as "Checking".
    expect(drawn.filter((v) => v.status === 'pending' && !v.quiet)).toEqual([]);
    release();
    await settle();
    expect(statuses().every((s) => s !== 'pending')).toBe(true);
    expect(drawn.filter((v) => !v.quiet && v.status !== 'pending')).toHaveLength(150);
  });
});

describe('Annotator near the viewport', () => {
  // Stands in for the IntersectionObserver: the test says which hosts are near.
  const viewport = () => {
    const observed = new Set<Element>();
    let tell: (host: Element, near: boolean) => void = () => {};
    const nearView: AnnotatorDeps['nearView'] = (onChange) => {
      tell = onChange;
      return { observe: (el) => observed.add(el), unobserve: (el) => observed.delete(el), disconnect: () => observed.clear() };
    };
    return { nearView, observed, show: (host: Element, near = true) => tell(host, near) };
  };
  const mountOf = (host: Element) => host.shadowRoot!.lastElementChild!;

  it('draws the line of a post only once it comes near, with the verdict it has by then', async () => {
    const vp = viewport();
    start(demoHtml, verdicts, vp.nearView);
    const [first, second] = hosts();
    vp.show(first);
    await settle();
    expect(vp.observed.size).toBe(demo.length);
    // Every host has its verdict; only the one near the viewport has a line.
    expect(statuses()).toEqual(demo.map((p) => p.expected));
    expect([...views.keys()]).toEqual([mountOf(first)]);
    vp.show(second);
    expect(views.get(mountOf(second))?.status).toBe(demo[1].expected);
  });

  it('draws what changed far from the viewport when the post comes back', async () => {
    const vp = viewport();
    start(demoHtml, verdicts, vp.nearView);
    const [first] = hosts();
    vp.show(first);
    await settle();
    const drawn = views.get(mountOf(first));
    vp.show(first, false);
    await annotator!.rematch();
    expect(views.get(mountOf(first))).toBe(drawn);
    vp.show(first);
    expect(views.get(mountOf(first))).not.toBe(drawn);
    expect(views.get(mountOf(first))?.status).toBe(demo[0].expected);
  });

  it('draws a post the reader is taken to from the popup, near or not, and stops observing removed posts', async () => {
    const vp = viewport();
    start(demoHtml, verdicts, vp.nearView);
    await settle();
    const last = hosts().at(-1)!;
    const key = last.getAttribute('data-post-key')!;
    expect(views.size).toBe(0);
    annotator!.scrollTo(key);
    expect(views.get(mountOf(last))?.status).toBe(demo.at(-1)!.expected);
    last.parentElement!.remove();
    await settle();
    expect(vp.observed.has(last)).toBe(false);
    annotator!.stop();
    expect(vp.observed.size).toBe(0);
  });
});
