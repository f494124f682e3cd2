import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from './load-shipped-node';
import { isHeadline, parseCoverage, parseEmbedAuthorLine } from './parse';
import { SHIPPED_COVERAGE_META } from './shipped';

const coverage = loadShippedCoverage();
const newestFirst = [...coverage.posts].reverse();
const byTitle = (t: string) => coverage.posts.find((p) => p.title?.startsWith(t));

describe('parseCoverage on the shipped coverage', () => {
  it('finds the posts, oldest first, with positions and stable ids', () => {
    expect(coverage.posts).toHaveLength(64);
    coverage.posts.forEach((p, i) => {
      expect(p.position).toBe(i + 1);
      expect(p.id).toBe(`guardian-syria-2024-12-07:${i + 1}`);
    });
    expect(coverage.posts[0].title).toBe('Syrian rebels reach Damascus suburbs - rebel commander');
    expect(newestFirst[0].paragraphs[0]).toBe('We are closing this blog now, but are launching a new one here:');
  });

  it('reads headlines, including headline-only posts', () => {
    expect(coverage.posts.filter((p) => p.title)).toHaveLength(47);
    const video = byTitle('Celebrations across Syrian cities');
    expect(video?.paragraphs).toEqual([]);
    expect(byTitle('Trump says Assad')?.paragraphs[0]).toMatch(/^US president-elect Donald Trump said on Sunday/);
    expect(byTitle('Syria\'s "Berlin Wall moment"')).toBeDefined();
  });

  it('marks posts that carried an Updated footer', () => {
    expect(coverage.posts.filter((p) => p.edited)).toHaveLength(43);
    expect(byTitle('Summary of the day')?.edited).toBe(true);
    expect(byTitle('Bashar al-Assad remains in Damascus')?.edited).toBe(false);
  });

  it('keeps every paragraph line (nothing lost, nothing invented)', () => {
    const lines = coverage.posts.flatMap((p) => [...(p.title ? [p.title] : []), ...p.paragraphs]);
    expect(lines).toHaveLength(354 - 43);
  });

  it('reads embedded social posts with platform, handle, author and date', () => {
    const embeds = coverage.posts.flatMap((p) => p.embeds);
    expect(embeds).toHaveLength(6);
    expect(embeds.map((e) => e.handle)).toContain('@rallaf');
    const bluesky = embeds.find((e) => e.platform === 'Bluesky');
    expect(bluesky).toMatchObject({ handle: '@reflextv', author: 'Paul Conroy', date: '2024-12-07' });
    const arabic = embeds.find((e) => e.handle === '@SyriaCivilDefe');
    expect(arabic?.author).toBe('الدفاع المدني السوري');
    expect(arabic?.date).toBe('2024-12-08');
    const post = coverage.posts.find((p) => p.embeds.includes(arabic!))!;
    expect(post.paragraphs[arabic!.paragraphs[0]]).toMatch(/^شمس الحرية تشرق على السوريين/);
  });
});

describe('the parser rules', () => {
  it('takes a short line without final punctuation as a headline', () => {
    expect(isHeadline('Scenes from Damascus', 'Dawn is breaking.')).toBe(true);
    expect(isHeadline('From Homs.', undefined)).toBe(false);
    expect(isHeadline('More details soon …', undefined)).toBe(false);
    expect(isHeadline('Rebels celebrate around the clock tower pic.twitter.com/J0h9ZqvDOU', undefined)).toBe(false);
  });
  it('never takes an embed text line as a headline', () => {
    expect(isHeadline('From the archive - 18-4-2011', '— Rami (@RamiSafadi93) April 18, 2024')).toBe(false);
  });
  it('parses embed author lines and rejects ordinary text', () => {
    expect(parseEmbedAuthorLine('— Rime Allaf (@rallaf) December 7, 2024')).toEqual({
      platform: 'X',
      handle: '@rallaf',
      author: 'Rime Allaf',
      date: '2024-12-07',
    });
    expect(parseEmbedAuthorLine('- said the minister (on Sunday)')).toBeNull();
  });
  it('splits at Updated footers and consecutive headlines, and survives odd input', () => {
    const c = parseCoverage(
      'Headline one\nHeadline two\nBody of two.\nUpdated\n\n\nBody only.\r\nUpdated\nUpdated\n',
      SHIPPED_COVERAGE_META,
    );
    expect(c.posts.map((p) => [p.title, p.paragraphs, p.edited])).toEqual([
      [null, ['Body only.'], true],
      ['Headline two', ['Body of two.'], true],
      ['Headline one', [], false],
    ]);
    expect(parseCoverage('', SHIPPED_COVERAGE_META).posts).toEqual([]);
  });
});
