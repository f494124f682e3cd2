import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ARABIC, highlight } from '../../../tests/support/highlights';
import { toCslJson, toRis } from './citations';
import { CSV_COLUMNS, toCsv } from './csv';
import { toMarkdown } from './markdown';
import { textFragment } from './text-fragment';
import { personName, risName } from './person-name';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { toAnnotationCollection } from './web-annotation';

const list = [highlight(), highlight({ id: 'urn:uuid:2', exact: ARABIC, note: `${ARABIC}\nسطر ثان`, tags: [], postKey: 'post-0a1b2c3' })];

describe('W3C Web Annotation', () => {
  it('is an AnnotationCollection whose annotations have the model’s required fields', () => {
    const c = toAnnotationCollection(list, 'Backstory highlights');
    expect(c['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c).toMatchObject({ type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage', startIndex: 0 } });
    for (const a of c.first.items) {
      expect(a.id).toMatch(/^urn:uuid:/);
      expect(a.type).toBe('Annotation');
      expect(a.target.source).toMatch(/^https:/);
      expect(a.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: expect.any(String) });
    }
    const first = c.first.items[0];
    expect(first.motivation).toBe('commenting');
    expect(first.body).toEqual([
      { type: 'TextualBody', value: list[0].note, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'trump', purpose: 'tagging' },
      { type: 'TextualBody', value: 'reaction', purpose: 'tagging' },
    ]);
    expect(first.target.selector[1]).toEqual({
      type: 'CssSelector',
      value: '#block-6579e3a48f08e3b7ab1a3236',
      refinedBy: { type: 'TextPositionSelector', start: 120, end: 174 },
    });
    // A content-hash key names no element: no CssSelector for it.
    expect(c.first.items[1].target.selector).toHaveLength(1);
    expect(first['backstory:attribution'].sources).toEqual([{ name: 'Truth Social', kind: 'platform' }]);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});

describe('CSV', () => {
  it('survives a round trip through a CSV parser, Arabic, quotes, commas and newlines included', () => {
    const csv = toCsv(list);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    const rows = parsed.data.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    expect(rows[0]).toMatchObject({
      quote: list[0].exact,
      note: list[0].note,
      tags: 'trump; reaction',
      sources: 'Truth Social',
      status: 'same',
      first_published_post: 'guardian-syria-2024-12-07:60',
    });
    expect(rows[1]).toMatchObject({ quote: ARABIC, note: `${ARABIC}\nسطر ثان` });
  });

  it('keeps quoted formulas as text (a cell starting with = + - @ is defused)', () => {
    const hostile = highlight({
      exact: '=HYPERLINK("https://evil.example","click")',
      note: '@SUM(A1:A9)',
      tags: ['+1', '-x'],
      pageTitle: '\t=1+1',
    });
    const parsed = Papa.parse<string[]>(toCsv([hostile]).slice(1), { skipEmptyLines: true });
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, parsed.data[1][i]]));
    expect(row.quote).toBe(`'${hostile.exact}`);
    expect(row.note).toBe("'@SUM(A1:A9)");
    expect(row.tags).toBe("'+1; -x");
    expect(row.page_title).toBe("'\t=1+1");
    expect(row.start).toBe(String(hostile.start));
    for (const cell of parsed.data[1]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Markdown', () => {
  it('groups by page and post, quotes, and links back to the passage', () => {
    const md = toMarkdown(list);
    expect(md).toMatch(/^# Backstory highlights\n/);
    expect(md.match(/^## /gm)).toHaveLength(1);
    expect(md).toContain('### Trump says Assad fled Syria (2024-12-08T11:20:00.000Z)');
    expect(md).toContain('> “Assad is gone,” he said on his Truth Social platform.');
    expect(md).toContain(`(${list[0].pageUrl}#:~:text=`);
    expect(md).toContain('sources cited: Truth Social');
  });

  it('text fragments encode the characters that mean something in them', () => {
    expect(textFragment('Hay’at Tahrir al-Sham, again & again')).toBe(
      '#:~:text=Hay%E2%80%99at%20Tahrir%20al%2DSham%2C%20again%20%26%20again',
    );
    expect(textFragment('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen')).toBe(
      '#:~:text=one%20two%20three%20four%20five,thirteen%20fourteen%20fifteen%20sixteen%20seventeen',
    );
  });
});

describe('citations', () => {
  it('CSL-JSON newspaper articles with publisher, title, URL, access date, post time, author', () => {
    const [item] = toCslJson(list, '2026-11-27T00:00:00Z');
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: 'Trump says Assad fled Syria',
      'container-title': 'Syria live: rebels take Damascus',
      publisher: 'The Guardian',
      URL: list[0].canonicalUrl,
      accessed: { 'date-parts': [[2026, 11, 27]] },
      issued: { 'date-parts': [[2024, 12, 8]] },
      author: [{ family: 'Michaelson', given: 'Ruth' }],
    });
  });

  it('RIS records of type NEWS, one line per tag, no newline inside a value', () => {
    const ris = toRis(list, '2026-11-27T00:00:00Z');
    const records = ris
      .trim()
      .split(/\r\nER {2}- ?/)
      .filter((r) => r.trim());
    expect(records).toHaveLength(2);
    expect(ris).toContain('TY  - NEWS\r\nTI  - Trump says Assad fled Syria');
    expect(ris).toContain('PB  - The Guardian');
    expect(ris).toContain('DA  - 2024/12/08');
    expect(ris).toContain('Y2  - 2026/11/27');
    expect(ris).toContain('AU  - Michaelson, Ruth');
    for (const l of ris.trim().split('\r\n')) expect(l).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
  });
});

describe('names as citation managers file them', () => {
  it('family name first, its particles kept, a suffix apart', () => {
    expect(personName('Mohammed bin Salman')).toEqual({ family: 'bin Salman', given: 'Mohammed' });
    expect(personName('Ursula von der Leyen')).toEqual({ family: 'von der Leyen', given: 'Ursula' });
    expect(personName('Abu Mohammed al-Jolani')).toEqual({ family: 'al-Jolani', given: 'Abu Mohammed' });
    expect(personName('Martin Luther King Jr.')).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(personName('Reuters')).toEqual({ literal: 'Reuters' });
    expect(risName('Mohammed bin Salman')).toBe('bin Salman, Mohammed');
    expect(risName('Martin Luther King Jr.')).toBe('King, Martin Luther, Jr.');
  });
});

describe('text fragments in context', () => {
  it('carry the quote’s stored context as prefix-, and ,-suffix, whole words only', () => {
    const h = list[0];
    expect(textFragment(h)).toBe(
      `#:~:text=backing%20of%20Russia.-,${textFragment(h.exact).slice('#:~:text='.length)},-%E2%80%9CHis%20protector%2C`,
    );
    // Context cut mid-word at its far end loses that word; a word glued to the quote is not context.
    expect(textFragment({ exact: 'Assad', prefix: 'ebels said ', suffix: ' fled the' })).toBe('#:~:text=said-,Assad,-fled');
    expect(textFragment({ exact: 'Assad', prefix: 'the rebels sa', suffix: 'id' })).toBe('#:~:text=rebels-,Assad');
    expect(textFragment({ exact: 'Assad', prefix: '', suffix: ', said the army' })).toBe('#:~:text=Assad,-%2C%20said%20the');
  });
});

describe('exports a citation manager reads (citation-js, the parser Zotero-style tools build on)', () => {
  const byline = (names: string[]) => list.map((h) => ({ ...h, snapshot: { ...h.snapshot, byline: names } }));

  it('RIS: each record read back with its type, title, address, date and reporters as "Last, First"', async () => {
    const records = (await Cite.async(toRis(byline(['Mohammed bin Salman', 'Ruth Michaelson']), '2026-11-27T00:00:00Z'))).data;
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      type: 'article-newspaper',
      title: 'Trump says Assad fled Syria',
      URL: list[0].canonicalUrl,
      // citation-js dates a NEWS record by its PY (the year); DA, the full date, is there for Zotero.
      issued: { 'date-parts': [[2024]] },
      accessed: { 'date-parts': [[2026, 11, 27]] },
    });
    // RIS files a NEWS item's AU as its reporter.
    expect(records[0].reporter).toEqual(['bin Salman, Mohammed', 'Michaelson, Ruth']);
  });

  it('CSL-JSON: read as it was written, authors split with their particles', async () => {
    const items = (await Cite.async(toCslJson(byline(['Mohammed bin Salman']), '2026-11-27T00:00:00Z'))).data;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ type: 'article-newspaper', author: [{ family: 'bin Salman', given: 'Mohammed' }] });
  });
});
