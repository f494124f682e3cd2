import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../lib/coverage/load-shipped-node';
import { demoPageHtml, demoPosts, demoRemovedPost } from './lib/demo/demo-page';
import { FIXTURES_ABSENT, fixturePath, marsBlocks, marsPageHtml } from '../tests/support/fixtures';
import { revisit } from '../tests/support/revisit';
import { guardianPage, type GuardianBlock } from './lib/demo/guardian-page';

const BIN = resolve(import.meta.dirname, 'backstory.mjs');
const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('backstory annotate', () => {
  const coverage = loadShippedCoverage();
  const page = join(dir, 'demo.html');
  writeFileSync(page, demoPageHtml(coverage));

  it('reports every post of the demo page with its status and match', () => {
    const out = join(dir, 'out.json');
    const r = run('annotate', page, '--out', out, '--url', 'https://example.test/live');
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.page).toMatchObject({ url: 'https://example.test/live', liveBlog: true, detector: 'guardian' });
    expect(report.page.removed).toEqual([expect.objectContaining({ postId: demoRemovedPost(coverage).id })]);
    const expected = demoPosts(coverage);
    expect(report.posts.map((p: { status: string }) => p.status)).toEqual(expected.map((p) => p.expected));
    const edited = report.posts.find((p: { status: string }) => p.status === 'edited');
    expect(edited.match).toMatchObject({ coverage: 'guardian-syria-2024-12-07' });
    expect(edited.match.similarity).toBeGreaterThan(0.5);
    expect(edited.match.similarity).toBeLessThan(1);
    const same = report.posts.find((p: { status: string }) => p.status === 'same');
    expect(Object.keys(same)).toEqual([
      'key',
      'title',
      'text',
      'publishedAt',
      'updatedAt',
      'byline',
      'status',
      'sinceLastVisit',
      'match',
      'attribution',
      'related',
      'updates',
      'corrections',
    ]);
    expect(same.match.excerpt.length).toBeLessThanOrEqual(200);
    expect(report.posts.find((p: { status: string }) => p.status === 'unindexed').match).toBeNull();
  });

  it('fills attribution, related posts, later developments and corrections', () => {
    const report = JSON.parse(run('annotate', page).stdout);
    type Post = {
      title: string | null;
      status: string;
      attribution: {
        firstPublished: { postId: string } | null;
        sources: { name: string; kind: string; evidence: string }[];
        people: { name: string }[];
        embeds: unknown[];
      };
      related: { score: number }[];
      updates: { relation: string; postId: string }[];
      corrections: { kind: string }[];
    };
    const posts: Post[] = report.posts;
    const byTitle = (t: string) => posts.find((p) => p.title?.startsWith(t))!;
    const kurds = byTitle('Chief of Kurdish-led Syria force');
    expect(kurds.attribution.sources.map((s) => s.name)).toEqual(['AFP', 'Telegram']);
    expect(kurds.attribution.sources[0].evidence).toMatch(/Agence France Presse reports/);
    expect(kurds.attribution.people).toContainEqual({ name: 'Mazloum Abdi', role: 'commander' });
    expect(kurds.attribution.firstPublished?.postId).toBe('guardian-syria-2024-12-07:58');
    expect(byTitle('White Helmets').attribution.embeds).toEqual([
      { platform: 'X', handle: '@SyriaCivilDefe', author: 'الدفاع المدني السوري', date: '2024-12-08' },
    ]);
    expect(posts.every((p) => p.related.every((r, i, all) => i === 0 || all[i - 1].score >= r.score))).toBe(true);
    const kinds = new Set(posts.flatMap((p) => p.corrections.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual(['added', 'notice', 'removed', 'substantive', 'wording']);
    expect(posts.some((p) => p.updates.length > 0)).toBe(true);
    // Later developments are later: post ids count up from the oldest post.
    for (const p of posts.filter((x) => x.attribution.firstPublished)) {
      const own = Number(p.attribution.firstPublished!.postId.split(':')[1]);
      for (const u of p.updates) expect(Number(u.postId.split(':')[1])).toBeGreaterThan(own);
    }
  });

  it('prints to stdout and takes the URL from the canonical link', () => {
    const report = JSON.parse(execFileSync(process.execPath, [BIN, 'annotate', page], { encoding: 'utf8' }));
    expect(report.page.url).toBe('http://127.0.0.1/demo/syria-live');
  });

  it('lists indexed posts missing between the posts a page shows', () => {
    const html = demoPageHtml(coverage);
    const cut = html.replace(
      /<article id="block-[0-9a-f]+" class="block">(?:(?!<\/article>)[\s\S])*?The downfall of President Bashar al-Assad[\s\S]*?<\/article>/,
      '',
    );
    expect(cut.length).toBeLessThan(html.length);
    const p = join(dir, 'cut.html');
    writeFileSync(p, cut);
    const report = JSON.parse(run('annotate', p).stdout);
    expect(report.page.removed.map((r: { postId: string }) => r.postId).sort()).toEqual(
      ['guardian-syria-2024-12-07:51', demoRemovedPost(coverage).id].sort(),
    );
    expect(report.page.removed).toContainEqual(expect.objectContaining({ title: 'The downfall of President Bashar al-Assad' }));
  });

  it('a page that is not a live blog: liveBlog false, no posts', () => {
    const p = join(dir, 'article.html');
    writeFileSync(p, '<html><head><title>An article</title></head><body><p>Just an article.</p></body></html>');
    expect(JSON.parse(run('annotate', p).stdout)).toEqual({
      page: { url: null, title: 'An article', liveBlog: false, detector: null, removed: [] },
      posts: [],
    });
  });

  it.each([
    [['annotate'], /no page given/],
    [['annotate', join(dir, 'missing.html')], /cannot read/],
    [['frobnicate', 'x'], /unknown command/],
    [['annotate', 'a.html', '--out'], /--out needs a value/],
    [['annotate', 'a.html', '--colour'], /unknown option/],
  ])('bad arguments %j: one line on stderr, exit 2', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe.skipIf(!!FIXTURES_ABSENT)('backstory annotate on real pages (shared fixtures)', () => {
  it('no post of another live blog is mistaken for the coverage', () => {
    const mars = join(dir, 'mars.html');
    writeFileSync(mars, marsPageHtml());
    for (const file of [
      mars,
      fixturePath('mirror-uk-riots-live-2024-08-05.html.gz'),
      fixturePath('repubblica-israele-hamas-diretta-2023-11-02.html'),
    ]) {
      const r = run('annotate', file);
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.page.liveBlog).toBe(true);
      expect(report.posts.filter((p: { status: string }) => p.status !== 'unindexed')).toEqual([]);
    }
  });

  it('a page with no earlier visit says sinceLastVisit null', () => {
    const demo = join(dir, 'first-visit.html');
    writeFileSync(demo, demoPageHtml(loadShippedCoverage()));
    const report = JSON.parse(run('annotate', demo).stdout);
    expect(report.posts.length).toBeGreaterThan(0);
    expect(report.posts.every((p: { sinceLastVisit: unknown }) => p.sinceLastVisit === null)).toBe(true);
  });

  it.skipIf(!!FIXTURES_ABSENT)('with --seen: every post new, changed or unchanged since the last visit, and the one gone listed', () => {
    const visit = revisit(marsBlocks());
    const write = (name: string, blocks: GuardianBlock[]) => {
      const file = join(dir, name);
      writeFileSync(
        file,
        guardianPage({ title: 'Mars live', url: 'https://www.theguardian.com/science/live/2021/feb/18/mars-landing', blocks }),
      );
      return file;
    };
    const earlier = write('visit-1.html', visit.first);
    const now = write('visit-2.html', visit.second);
    const report = JSON.parse(run('annotate', now, '--seen', earlier).stdout);
    expect(Object.fromEntries(report.posts.map((p: { key: string; sinceLastVisit: string }) => [p.key, p.sinceLastVisit]))).toEqual(
      visit.expected,
    );
    expect(report.page.removed).toContainEqual(
      expect.objectContaining({ title: visit.gone.title ?? null, postId: expect.stringMatching(new RegExp(`:block-${visit.gone.id}$`)) }),
    );
    // Two earlier visits, oldest first: the comparison is with the last of them.
    const again = JSON.parse(run('annotate', now, '--seen', earlier, '--seen', now).stdout);
    expect(again.posts.every((p: { sinceLastVisit: string }) => p.sinceLastVisit === 'unchanged')).toBe(true);
    expect(again.page.removed.some((r: { postId: string }) => r.postId.endsWith(visit.gone.id))).toBe(false);
  });
});
