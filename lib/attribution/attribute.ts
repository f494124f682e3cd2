/** A post's attribution (docs/contracts.md §2): first published, origins, writers, sources, people, embeds. */
import type { MatchIndex } from '../match/match-index';
import type { PostMatch } from '../match/match-post';
import { findEmbeds } from './embeds';
import { firstPublished, origins } from './first-published';
import { findPeople } from './people';
import { findSources } from './sources';
import { findWriters } from './writers';
import type { Attribution } from '../types/attribution';

export interface AttributablePost {
  title: string | null;
  paragraphs: readonly string[];
  byline?: readonly string[];
}

export function attribute(index: MatchIndex, match: PostMatch, post: AttributablePost): Attribution {
  const embeds = findEmbeds(post.paragraphs);
  const writers = findWriters(post.title, post.paragraphs, post.byline ?? []);
  return {
    firstPublished: firstPublished(index, match),
    origins: origins(index, match),
    writers,
    sources: findSources(
      post.title,
      post.paragraphs,
      embeds.map((e) => e.platform),
    ),
    people: findPeople(post.title, post.paragraphs, writers),
    embeds,
  };
}
