// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexText } from './text-index';
import { markOurs } from '../dom/our-elements';

function post(html: string): Element {
  const el = document.createElement('article');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('indexText', () => {
  it('maps a selection across elements to offsets and back', () => {
    const el = post('<h2>Title</h2><p>First <b>bold</b> words.</p><p>Second.</p>');
    const idx = indexText(el);
    expect(idx.text).toBe('TitleFirst bold words.Second.');
    const r = document.createRange();
    r.setStart(el.querySelector('b')!.firstChild!, 1);
    r.setEnd(el.querySelectorAll('p')[1].firstChild!, 3);
    const o = idx.offsetsOf(r)!;
    expect(idx.text.slice(o.start, o.end)).toBe('old words.Sec');
    expect(idx.rangeOf(o.start, o.end)!.toString()).toBe('old words.Sec');
  });

  it('leaves our own hosts out of the text, and keeps a page-made element of the same name', () => {
    const el = post('<backstory-annotation>page text</backstory-annotation><p>Only this.</p>');
    const ours = markOurs(document.createElement('backstory-annotation'));
    ours.textContent = 'chip text';
    el.prepend(ours);
    expect(indexText(el).text).toBe('page textOnly this.');
  });

  it('rejects ranges outside the post and impossible offsets', () => {
    const el = post('<p>Inside.</p>');
    const outside = post('<p>Outside.</p>');
    const r = document.createRange();
    r.selectNodeContents(outside);
    const idx = indexText(el);
    expect(idx.offsetsOf(r)).toBeNull();
    expect(idx.rangeOf(3, 2)).toBeNull();
    expect(idx.rangeOf(0, 99)).toBeNull();
  });

  it('handles ranges set on element boundaries', () => {
    const el = post('<p>One.</p><p>Two.</p>');
    const r = document.createRange();
    r.setStart(el, 1);
    r.setEnd(el, 2);
    const o = indexText(el).offsetsOf(r)!;
    expect(indexText(el).text.slice(o.start, o.end)).toBe('Two.');
  });
});
