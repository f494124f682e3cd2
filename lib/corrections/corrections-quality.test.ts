import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShippedCoverage } from '../coverage/load-shipped-node';
import { buildMatchIndex } from '../match/match-index';
import { matchPost } from '../match/match-post';
import { line } from '../../tests/support/coverage-lines';
import { corrections, findNotices } from './corrections';

interface Case {
  title: number;
  lines: [number, number];
  edit: { line: number; find?: string; replace?: string; append?: string; drop?: boolean };
  expected: string[];
}
const { cases } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../tests/labels/corrections.json'), 'utf8')) as {
  cases: Case[];
};
const index = buildMatchIndex([loadShippedCoverage()]);

function edited(c: Case): string[] {
  const out: string[] = [];
  for (let n = c.lines[0]; n <= c.lines[1]; n++) {
    let text = line(n);
    if (text === 'Updated') continue;
    if (n === c.edit.line) {
      if (c.edit.drop) continue;
      if (c.edit.find) {
        if (!text.includes(c.edit.find)) throw new Error(`line ${n} has no "${c.edit.find}"`);
        text = text.replace(c.edit.find, c.edit.replace ?? '');
      }
      if (c.edit.append) {
        // A notice is a paragraph of its own; a sentence joins its paragraph.
        if (findNotices([c.edit.append.trim()]).length) {
          out.push(text, c.edit.append.trim());
          continue;
        }
        text += c.edit.append;
      }
    }
    out.push(text);
  }
  return out;
}

describe('corrections on the labelled edits', () => {
  it('finds every correction, with the kind right for at least 0.8', () => {
    let found = 0;
    let right = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const paragraphs = edited(c);
      const m = matchPost(index, { title: line(c.title), paragraphs });
      expect(m.status).toBe('edited');
      const kinds = corrections(index, m, paragraphs).map((x) => x.kind);
      if (kinds.length === c.expected.length) found++;
      if (JSON.stringify(kinds) === JSON.stringify(c.expected)) right++;
      else misses.push(`line ${c.edit.line}: expected ${c.expected} got ${kinds}`);
    }
    console.log(`corrections: found ${found}/${cases.length}, kind right ${right}/${cases.length}`, misses);
    expect(found).toBe(cases.length);
    expect(right / cases.length).toBeGreaterThanOrEqual(0.8);
  });
});
