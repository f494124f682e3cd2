/**
 * Every word a reader sees in a component comes from `public/_locales` (lib/i18n/t.ts): this test
 * fails on JSX text or a user-facing attribute written as a literal. Names that are not words in
 * any language (the product's name, export formats' names) are allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../components');
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'placeholder', 'title', 'alt', 'label', 'question', 'confirmLabel', 'aria-description']);
const NAMES = new Set(['Backstory']);
const WORDS = /\p{L}{2,}/u;
const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

function literals(file: string, text = readFileSync(join(DIR, file), 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const shown = (text: string, node: ts.Node) => {
    const t = text.trim();
    if (WORDS.test(t) && !NAMES.has(t)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${t}`);
  };
  // Text written into rendered content: a literal inside `{…}` among an element's children (not a
  // call's argument, such as a message key, and not another attribute, such as a class).
  const inContent = (node: ts.Node): boolean => {
    for (let n = node.parent; n; n = n.parent) {
      if (ts.isCallExpression(n) || ts.isJsxAttribute(n) || ts.isElementAccessExpression(n)) return false;
      if (ts.isBinaryExpression(n) && COMPARISONS.has(n.operatorToken.kind)) return false;
      if (ts.isJsxExpression(n)) return !!n.parent && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent));
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) shown(node.text, node);
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && inContent(node))
      shown(node.text, node);
    if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) shown(init.text, node);
      if (
        ts.isJsxExpression(init) &&
        init.expression &&
        (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
      )
        shown(init.expression.text, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.tsx') && !f.endsWith('.test.tsx'));

  it('are checked, every one', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('the check finds text, shown attributes and literals in content, and lets keys, classes and comparisons be', () => {
    const sample = `export const A = ({ x, y }) => (
      <p class="muted" aria-label="A region" title={t('key')} data-x="not shown">
        Some words {x ? ' · kept' : ''} {y ?? 'Untitled'} {x === 'same' ? t('k') : null} {t('other', 'Backstory')}
        <Confirm question={\`Forget it?\`} label={t('l')} />
      </p>
    );`;
    expect(literals('sample.tsx', sample).map((l) => l.replace(/^sample\.tsx:\d+: /, ''))).toEqual([
      'A region',
      'Some words',
      '· kept',
      'Untitled',
      'Forget it?',
    ]);
  });

  it.each(files)('%s holds no literal user-visible string', (file) => {
    expect(literals(file)).toEqual([]);
  });
});
