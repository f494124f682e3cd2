/**
 * A post's story within its own coverage: the later posts that confirm, contradict or develop it,
 * for the reader page's timeline. Worked out from that coverage alone (later developments are
 * ranked within their coverage anyway), so the page needs neither the worker nor the whole index.
 */
import type { Coverage } from '../coverage/types';
import type { LaterPost } from '../types/post';
import { Analyzer } from './analyzer';

/** The stories of a coverage's posts, its indexes built once for all of them (a reader goes from post to post). */
export function storiesOf(coverage: Coverage): (postId: string) => LaterPost[] {
  let analyzer: Analyzer | null = null;
  return (postId) => {
    const post = coverage.posts.find((p) => p.id === postId);
    if (!post) return [];
    analyzer ??= new Analyzer([coverage]);
    const text = { title: post.title, paragraphs: post.paragraphs };
    const verdict = analyzer.verdict(text);
    return verdict.status === 'unindexed' ? [] : analyzer.details(text, verdict).updates;
  };
}

export function storyOf(coverage: Coverage, postId: string): LaterPost[] {
  return storiesOf(coverage)(postId);
}
