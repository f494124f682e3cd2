/**
 * Guardian-shaped test pages whose post boundaries are written here by hand (from coverage line
 * numbers), not produced by the coverage parser, each with the status Backstory must give it.
 */
import { blockHtml, guardianPage, paragraphsHtml, type GuardianBlock } from '../../bin/lib/demo/guardian-page';
import { line, lines } from './coverage-lines';

export interface ExpectedBlock {
  block: GuardianBlock;
  expected: 'same' | 'edited' | 'unindexed';
  why: string;
}

let n = 0;
const id = () => (0xb0000000 + ++n).toString(16).padStart(24, 'c');
const at = (minutes: number) => new Date(Date.parse('2024-12-08T12:00:00Z') - minutes * 60_000).toISOString();

function post(why: string, expected: ExpectedBlock['expected'], title: string | null, paragraphs: string[]): ExpectedBlock {
  return { why, expected, block: { id: id(), title, bodyHtml: paragraphsHtml(paragraphs), publishedAt: at(n * 7) } };
}

export function boundaryPosts(): ExpectedBlock[] {
  n = 0;
  return [
    post('new post', 'unindexed', 'Aid convoys wait at the border', [
      'Trucks carrying food and medicine queued at the crossing for a second day, drivers said, waiting for permission to enter.',
      'Aid agencies said they had not been given a timetable.',
    ]),
    post('whole post', 'same', line(104), lines(105, 106)),
    post('two indexed posts merged', 'same', line(120), [...lines(121, 126), ...lines(128, 129)]),
    post('untitled run, part 1 of 3', 'same', null, lines(245, 247)),
    post('untitled run, part 2 of 3', 'same', null, lines(249, 251)),
    post('untitled run, part 3 of 3', 'same', null, lines(252, 255)),
    post('one word changed', 'edited', line(141), [line(142).replace('Hezbollah', 'the group'), line(143)]),
    post('a sentence added', 'edited', line(41), [line(42), `${line(43)} A spokesperson declined to comment further.`]),
    post('a sentence removed', 'edited', line(88), [...lines(89, 92), line(93).replace(/^(.*?\.)\s.*$/, '$1')]),
    post('embedded post (Arabic)', 'same', line(72), lines(73, 77)),
    post('headline-only post', 'same', line(21), []),
  ];
}

export function boundaryPageHtml(): string {
  return guardianPage({
    title: 'Syria live (test page, hand-cut posts)',
    url: 'http://127.0.0.1/boundaries',
    blocks: boundaryPosts().map((p) => p.block),
    pinFirst: true,
  });
}

/**
 * A live page: after load it inserts a hidden pending block after #top-of-blog, reveals it and
 * fires `liveblog:blocks-updated` (as the Guardian does), edits one post and removes another.
 */
export function livePage(): {
  html: string;
  initial: ExpectedBlock[];
  inserted: ExpectedBlock;
  edited: ExpectedBlock;
  removed: ExpectedBlock;
} {
  const initial = boundaryPosts().slice(1, 6);
  const inserted = post('inserted live', 'same', line(162), lines(163, 167));
  const [edited, removed] = [initial[0], initial[3]];
  const script = `
    setTimeout(() => {
      document.getElementById('top-of-blog').insertAdjacentHTML('afterend', ${JSON.stringify(blockHtml({ ...inserted.block, pending: true }))});
      setTimeout(() => {
        document.getElementById('block-${inserted.block.id}').classList.remove('pending');
        document.dispatchEvent(new CustomEvent('liveblog:blocks-updated'));
        const p = document.querySelector('#block-${edited.block.id} p');
        p.textContent = p.textContent + ' The claim could not be verified.';
        document.getElementById('block-${removed.block.id}').remove();
        document.body.dataset.liveDone = '1';
        // Then a single-page navigation re-renders the whole container, posts and all.
        setTimeout(() => {
          const old = document.getElementById('liveblog-body');
          const fresh = old.cloneNode(false);
          for (const el of old.querySelectorAll('#liveblog-body > article.block, #top-of-blog')) {
            const copy = el.cloneNode(true);
            copy.querySelectorAll('backstory-annotation').forEach((h) => h.remove());
            fresh.append(copy);
          }
          old.replaceWith(fresh);
          document.body.dataset.spaDone = '1';
        }, 800);
      }, 400);
    }, 1200);`;
  return {
    html: guardianPage({ title: 'Syria live (test page, live updates)', blocks: initial.map((p) => p.block), script }),
    initial,
    inserted,
    edited,
    removed,
  };
}

/**
 * A hostile page: broken and hostile JSON-LD, thousands of posts, a 5 MB post, an empty post, and
 * indexed text laced with zero-width and bidi controls.
 */
export function hostilePage(postCount = 3000): { html: string; total: number; huge: string; laced: string; empty: string } {
  n = 0;
  const laced = post(
    'indexed text with invisible characters',
    'same',
    `\u200f${line(104)}\u200b`,
    lines(105, 106).map((p) => p.replace(/ /g, ' \u200b').replace('Damascus', '\u202eDamascus\u202c')),
  );
  const huge = post('5 MB post', 'unindexed', 'A very long post', ['x'.repeat(5 * 1024 * 1024)]);
  const empty: ExpectedBlock = {
    why: 'empty',
    expected: 'unindexed',
    block: { id: id(), title: null, bodyHtml: '<p> </p>', publishedAt: at(1) },
  };
  const filler = Array.from({ length: postCount - 3 }, (_, i) => ({
    id: id(),
    title: `Update ${i} <script>alert(1)</script>`,
    bodyHtml: paragraphsHtml([
      `Routine update number ${i} from the desk, with nothing from the indexed coverage in it; \u202ereversed\u202c text and \u200bzero-width spaces.`,
    ]),
    publishedAt: at(i),
  }));
  const blocks = [laced.block, huge.block, empty.block, ...filler];
  const page = guardianPage({
    title: 'Hostile page',
    blocks,
    jsonLd: false,
    script: 'window.__clicks = 0; document.addEventListener("click", () => window.__clicks++);',
  });
  const brokenLd =
    '<script type="application/ld+json">{"@type": "LiveBlogPosting", "liveBlogUpdate": [{"@id": "x", </script>' +
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'LiveBlogPosting', headline: '<img src=x onerror=alert(1)>', liveBlogUpdate: { '@id': 'constructor', url: '#__proto__' } })}</script>`;
  return {
    html: page.replace('</head>', `${brokenLd}</head>`),
    total: blocks.length,
    huge: `block-${huge.block.id}`,
    laced: `block-${laced.block.id}`,
    empty: `block-${empty.block.id}`,
  };
}

/**
 * A hostile copy of a live blog: real indexed posts beside posts built to wedge or fool the
 * extension: an oversized paragraph, an oversized byline, an id far longer than a key may be,
 * page elements whose ids shadow the names a content script might look up on `window`, words
 * hidden from the matcher inside a page-made `<backstory-…>` element, and a page script that
 * clicks every chip it can reach.
 */
export function hostileCopyPage(): { html: string; expected: Record<string, 'same' | 'edited' | 'unindexed' | 'error'>; total: number } {
  const real = boundaryPosts()
    .filter((p) => p.expected === 'same')
    .slice(0, 3);
  n = 100;
  const hugeParagraph = post('one paragraph over the limit', 'unindexed', 'Long statement', [
    'A statement read out in full. '.repeat(1200),
  ]);
  const hugeByline: ExpectedBlock = { ...post('a byline of 50 long names', 'same', line(104), lines(105, 106)), expected: 'same' };
  hugeByline.block.byline = Array.from({ length: 50 }, (_, i) => `Reporter ${i} ${'x'.repeat(400)}`).join(', ');
  const longId = post('an id of 5,000 characters', 'same', line(141), lines(142, 143));
  longId.block.id = 'a'.repeat(5000);
  const hidden = post('words hidden in a page-made backstory element', 'edited', line(88), lines(89, 93));
  hidden.block.bodyHtml +=
    '<backstory-annotation><p>Officials later said the whole account above was false and had been withdrawn.</p></backstory-annotation>';
  const all = [...real, hugeParagraph, hugeByline, longId, hidden];
  const shadows = ['backstoryRunning', 'backstoryCard', 'backstoryHighlights', 'backstoryHeuristic', 'chrome', 'browser']
    .map((name) => `<div id="${name}" hidden></div><form name="${name}"></form>`)
    .join('');
  // Every 100 ms the page clicks every chip it can reach and presses Enter on it: none may open a card.
  const clicker = `window.__rounds = 0; setInterval(() => { window.__rounds++; for (const h of document.querySelectorAll('backstory-annotation')) { const b = h.shadowRoot && h.shadowRoot.querySelector('button.chip'); if (b) { b.click(); b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); } } }, 100);`;
  const page = guardianPage({
    title: 'Syria live (hostile copy)',
    url: 'http://127.0.0.1/hostile-copy',
    blocks: all.map((p) => p.block),
    script: clicker,
  });
  const keyOf = (p: ExpectedBlock) => (p === longId ? null : `block-${p.block.id}`);
  const expected = Object.fromEntries(
    all.filter((p) => keyOf(p)).map((p) => [keyOf(p)!, p === hugeParagraph ? 'error' : p.expected]),
  ) as Record<string, 'same' | 'edited' | 'unindexed' | 'error'>;
  return { html: page.replace('<body>', `<body>${shadows}`), expected, total: all.length };
}
