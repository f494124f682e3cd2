import { describe, expect, it } from 'vitest';
import { LABELS, labelled, precisionRecall } from '../../tests/support/labels';
import { findEmbeds } from './embeds';
import { findSources } from './sources';

const sourcesOf = (title: string | null, paragraphs: string[]) =>
  findSources(
    title,
    paragraphs,
    findEmbeds(paragraphs).map((e) => e.platform),
  );

describe('findSources', () => {
  it('finds canonical names, kinds and evidence', () => {
    const s = findSources(null, [
      'Around 2,000 troops crossed into Iraq, the mayor told Reuters.',
      'Witnesses told Agence France-Presse the statue fell.',
    ]);
    expect(s).toEqual([
      { name: 'Reuters', kind: 'agency', evidence: 'Around 2,000 troops crossed into Iraq, the mayor told Reuters.' },
      { name: 'AFP', kind: 'agency', evidence: 'Witnesses told Agence France-Presse the statue fell.' },
    ]);
  });

  it('counts an organisation only where it is cited, not where it is the subject', () => {
    expect(findSources(null, ['The group said it would protect UN offices in Syria.'])).toEqual([]);
    expect(findSources(null, ['The UN in Syria denied rumours that it was leaving.']).map((s) => s.name)).toEqual(['United Nations']);
    expect(findSources(null, ['The UN special envoy for Syria, Geir Pedersen, said talks would start.'])).toEqual([]);
    expect(findSources(null, ['Rawan Shaif, an investigator at Amnesty International, shared a clip.']).map((s) => s.name)).toEqual([
      'Amnesty International',
    ]);
  });

  it('counts the platform of an embedded post, once', () => {
    const s = sourcesOf(null, [
      'Rebels are in Homs.',
      '— Rime Allaf (@rallaf) December 7, 2024',
      'More.',
      '— Thomas van Linge (@ThomasVLinge) December 7, 2024',
    ]);
    expect(s).toEqual([{ name: 'X', kind: 'platform', evidence: 'An embedded X post' }]);
  });

  it('scores at least 0.9 precision and recall on the labelled coverage', () => {
    const cases = LABELS.sources.map((l) => {
      const post = labelled(l);
      return { expected: l.names, predicted: sourcesOf(post.title, post.paragraphs).map((s) => s.name) };
    });
    const score = precisionRecall(cases);
    console.log(
      `sources: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} over ${cases.length} posts`,
      score.misses,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
