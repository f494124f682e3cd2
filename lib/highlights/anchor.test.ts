import { describe, expect, it } from 'vitest';
import { line } from '../../tests/support/coverage-lines';
import { anchorQuote, describeQuote } from './anchor';

const text = [line(343), line(344), line(345)].join('\n');
const quoteOf = (s: string) => {
  const start = text.indexOf(s);
  return { q: describeQuote(text, start, start + s.length), start };
};

describe('anchorQuote', () => {
  it('finds an unchanged quote exactly', () => {
    const { q, start } = quoteOf('remains in Damascus and is carrying out his work');
    expect(anchorQuote(text, q)).toEqual({ start, end: start + q.exact.length, score: 1, exact: true });
  });

  it('tells two identical sentences apart by their context', () => {
    const twice = `Crowds gathered in the square. Officials said nothing. ${text} Crowds gathered in the square. Police arrived later.`;
    const second = twice.lastIndexOf('Crowds gathered in the square.');
    const q = describeQuote(twice, second, second + 'Crowds gathered in the square.'.length);
    expect(anchorQuote(twice, q)?.start).toBe(second);
  });

  it('refuses to choose between identical quotes in identical context', () => {
    const para = 'Syrian rebels said Damascus was now free of Assad.';
    const doubled = `${para} ${para} ${para}`;
    const q = describeQuote(doubled, para.length + 1, 2 * para.length + 1);
    // prefix and suffix are the same paragraph for the middle copy... and the neighbours are close.
    const a = anchorQuote(doubled, { exact: para, prefix: '', suffix: '' });
    expect(a).toBeNull();
    expect(anchorQuote(doubled, q)?.start).toBe(para.length + 1);
  });

  it('re-anchors after an edit inside the quote', () => {
    const { q } = quoteOf('Anti-government protesters toppled a statue of Assad’s late father, Hafez');
    const edited = text.replace('toppled a statue', 'tore down a statue');
    const a = anchorQuote(edited, q);
    expect(a).not.toBeNull();
    expect(a!.exact).toBe(false);
    expect(edited.slice(a!.start, a!.end)).toMatch(/^Anti-government protesters tore down a statue of Assad’s late father, Hafe?z?/);
  });

  it('re-anchors when text around it was added', () => {
    const { q } = quoteOf('he he had seen dozens of protesters');
    const edited = `UPDATE: new details below. ${text}`;
    const a = anchorQuote(edited, q);
    expect(edited.slice(a!.start, a!.end)).toBe(q.exact);
  });

  it('gives up when the quoted text was removed', () => {
    const { q } = quoteOf('Video footage circulating online and verified by AFP');
    const cut = text.replace(/Video footage circulating online[^.]*\./, '');
    expect(anchorQuote(cut, q)).toBeNull();
  });
});
