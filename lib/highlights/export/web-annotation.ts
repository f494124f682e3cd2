/**
 * W3C Web Annotation (JSON-LD): an AnnotationCollection with one page of annotations. Each has the
 * model's required `@context` (on the collection), `id`, `type` and `target`; the body carries the
 * note (commenting) and tags (tagging); the target selects the quote (TextQuoteSelector) and, inside
 * the post element, its position (CssSelector refined by a TextPositionSelector). Backstory's
 * attribution snapshot rides along under its own prefix.
 */
import type { Highlight } from '../model';

const BACKSTORY_NS = 'https://backstory.invalid/ns#';

function cssIdSelector(key: string): string | null {
  // Keys that came from an element id name that element; content-hash keys name nothing.
  if (/^post-[0-9a-z]{7}(?:-\d+)?$/.test(key) || key.startsWith('ticker-')) return null;
  return `#${key.replace(/([^\w-])/g, '\\$1')}`;
}

export function toAnnotation(h: Highlight) {
  const body = [
    ...(h.note ? [{ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' }] : []),
    ...h.tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
  ];
  const css = cssIdSelector(h.postKey);
  return {
    id: h.id,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.createdAt,
    modified: h.modifiedAt,
    ...(body.length ? { body } : {}),
    target: {
      source: h.canonicalUrl ?? h.pageUrl,
      selector: [
        { type: 'TextQuoteSelector', exact: h.exact, prefix: h.prefix, suffix: h.suffix },
        ...(css ? [{ type: 'CssSelector', value: css, refinedBy: { type: 'TextPositionSelector', start: h.start, end: h.end } }] : []),
      ],
    },
    'backstory:page': { url: h.pageUrl, title: h.pageTitle, publisher: h.publisher },
    'backstory:postKey': h.postKey,
    'backstory:attribution': h.snapshot,
  };
}

export function toAnnotationCollection(highlights: readonly Highlight[], label: string) {
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { backstory: BACKSTORY_NS }],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label,
    total: highlights.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(toAnnotation) },
  };
}
