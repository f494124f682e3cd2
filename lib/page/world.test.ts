// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { claimWorld, registerModule, worldModule } from './world';

describe('the content-script world', () => {
  it('is not fooled by page elements named like its state', () => {
    for (const id of ['backstoryRunning', 'backstoryCard', 'backstoryHighlights', 'backstoryHeuristic']) {
      const el = document.createElement('div');
      el.id = id;
      document.body.append(el);
    }
    expect(worldModule('card')).toBeUndefined();
    expect(claimWorld()).toBe(true);
    expect(claimWorld()).toBe(false);
  });

  it('keeps the first module registered under a name', () => {
    registerModule('heuristic', 1);
    registerModule('heuristic', 2);
    expect(worldModule('heuristic')).toBe(1);
  });
});
