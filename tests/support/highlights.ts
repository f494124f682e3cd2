/** Highlights for tests, with Arabic, quotes, commas and newlines where exporters can trip. */
import type { Highlight } from '../../lib/highlights/model';

export function highlight(over: Partial<Highlight> = {}): Highlight {
  return {
    id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    createdAt: '2024-12-08T10:00:00.000Z',
    modifiedAt: '2024-12-08T10:00:00.000Z',
    pageUrl: 'https://www.theguardian.com/world/live/2024/dec/08/syria-live',
    canonicalUrl: 'https://www.theguardian.com/world/live/2024/dec/08/syria-live',
    pageTitle: 'Syria live: rebels take Damascus',
    site: 'www.theguardian.com',
    publisher: 'The Guardian',
    postKey: 'block-6579e3a48f08e3b7ab1a3236',
    exact: '“Assad is gone,” he said on his Truth Social platform.',
    prefix: 'losing the backing of Russia. ',
    suffix: ' “His protector, Russia',
    start: 120,
    end: 174,
    note: 'Trump, first reaction, line 1\nline 2 with "quotes", and commas',
    tags: ['trump', 'reaction'],
    snapshot: {
      status: 'same',
      title: 'Trump says Assad fled Syria',
      publishedAt: '2024-12-08T11:20:00.000Z',
      byline: ['Ruth Michaelson'],
      match: {
        postId: 'guardian-syria-2024-12-07:60',
        coverage: 'guardian-syria-2024-12-07',
        title: 'Trump says Assad fled',
        similarity: 1,
      },
      firstPublished: {
        postId: 'guardian-syria-2024-12-07:60',
        coverage: 'guardian-syria-2024-12-07',
        title: 'Trump says Assad fled',
        publishedAt: null,
      },
      sources: [{ name: 'Truth Social', kind: 'platform' }],
      corrections: [],
    },
    ...over,
  };
}

export const ARABIC = 'شمس الحرية تشرق على السوريين… "اليوم" يوم العمل, والبناء';
