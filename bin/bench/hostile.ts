/**
 * What a hostile page can make matching cost: a line held in 20,000 indexed posts (boilerplate a
 * page can quote at will), in posts built to be as slow as possible, against an ordinary post of
 * the same index in the same run.
 */
import { BOILERPLATE, boilerplateCoverage } from './corpus';
import { buildMatchIndex } from '../../lib/match/match-index';
import { matchPost, type PagePostText } from '../../lib/match/match-post';
import { log } from './report';

const K = 20_000;

function timeOf(index: ReturnType<typeof buildMatchIndex>, post: PagePostText): number {
  matchPost(index, post);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    matchPost(index, post);
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[2];
}

export function hostileMatching(): { post: string; status: string; ms: number; timesBaseline: number }[] {
  const out: { post: string; status: string; ms: number; timesBaseline: number }[] = [];
  const coverage = boilerplateCoverage(K);
  const index = buildMatchIndex([coverage]);
  const cases: [string, PagePostText][] = [
    ['ordinary post (baseline)', { title: null, paragraphs: [coverage.posts[777].paragraphs[1]] }],
    ['boilerplate + one real line', { title: null, paragraphs: [BOILERPLATE, coverage.posts[777].paragraphs[1]] }],
    ['boilerplate twice', { title: null, paragraphs: [BOILERPLATE, BOILERPLATE] }],
    ['boilerplate 400 times', { title: null, paragraphs: Array(400).fill(BOILERPLATE) }],
  ];
  log(`\nHostile posts: one line held in ${K.toLocaleString('en')} indexed posts (Node, median of 5)\n`);
  log('| page post | status | time | × baseline |');
  log('|---|---|---|---|');
  const base = timeOf(index, cases[0][1]);
  for (const [name, post] of cases) {
    const ms = post === cases[0][1] ? base : timeOf(index, post);
    const status = matchPost(index, post).status;
    out.push({ post: name, status, ms, timesBaseline: ms / base });
    log(`| ${name} | ${status} | ${ms.toFixed(2)} ms | ${(ms / base).toFixed(1)}× |`);
  }
  return out;
}
