/**
 * Markdown: grouped by page, then by post, each highlight a quote linking back to its place
 * (`#:~:text=`), with its note, tags, and attribution.
 */
import type { Highlight } from '../model';
import { linkTo } from './text-fragment';

const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function toMarkdown(highlights: readonly Highlight[], title = 'Backstory highlights'): string {
  const byPage = new Map<string, Highlight[]>();
  for (const h of highlights) byPage.set(h.pageUrl, [...(byPage.get(h.pageUrl) ?? []), h]);
  const out: string[] = [`# ${escapeMd(title)}`, ''];
  for (const [url, list] of byPage) {
    out.push(`## [${escapeMd(list[0].pageTitle || url)}](${url})`, '');
    if (list[0].publisher) out.push(`${escapeMd(list[0].publisher)}`, '');
    const byPost = new Map<string, Highlight[]>();
    for (const h of list) byPost.set(h.postKey, [...(byPost.get(h.postKey) ?? []), h]);
    for (const [, posts] of byPost) {
      const s = posts[0].snapshot;
      out.push(`### ${escapeMd(s.title ?? 'Untitled post')}${s.publishedAt ? ` (${s.publishedAt})` : ''}`, '');
      for (const h of posts) {
        out.push(...h.exact.split('\n').map((l) => `> ${escapeMd(l)}`), '');
        out.push(`[Open at this passage](${linkTo(h.pageUrl, h)})`, '');
        if (h.note) out.push(`Note: ${escapeMd(h.note)}`, '');
        if (h.tags.length) out.push(`Tags: ${h.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`, '');
        const a = h.snapshot;
        const facts = [
          `status when highlighted: ${a.status}`,
          a.firstPublished
            ? `first published as ${a.firstPublished.postId}${a.firstPublished.title ? ` (“${escapeMd(a.firstPublished.title)}”)` : ''}`
            : null,
          a.sources.length ? `sources cited: ${a.sources.map((x) => x.name).join(', ')}` : null,
          a.corrections.length ? `corrections known: ${a.corrections.length}` : null,
        ].filter(Boolean);
        out.push(`Attribution: ${facts.join('; ')}.`, '');
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
