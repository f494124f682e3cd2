// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isOurs, markOurs } from './our-elements';

describe('our elements', () => {
  it('knows the elements it marked, by identity', () => {
    const mine = markOurs(document.createElement('backstory-annotation'));
    const forged = document.createElement('backstory-annotation');
    expect(isOurs(mine)).toBe(true);
    expect(isOurs(forged)).toBe(false);
    expect(isOurs(document.createTextNode('x'))).toBe(false);
  });
});
