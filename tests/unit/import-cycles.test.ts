/**
 * Layers depend one way: no module of lib/, components/ or entrypoints/ reaches itself through its
 * imports, type-only imports included (a type cycle is still two layers knowing each other), and
 * lib/types/ imports no runtime code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const FOLDERS = ['lib', 'components', 'entrypoints'];
const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* not this one */
    }
  }
  return null;
}

export function importGraph(): Map<string, { to: string; typeOnly: boolean }[]> {
  const files = FOLDERS.flatMap((f) => sources(join(ROOT, f)));
  const graph = new Map<string, { to: string; typeOnly: boolean }[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const edges: { to: string; typeOnly: boolean }[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const to = resolveImport(file, m[3]);
      if (to && /\.tsx?$/.test(to)) edges.push({ to, typeOnly: !!m[2] });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as its chain of files. */
function cycles(graph: Map<string, { to: string }[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const { to } of graph.get(node) ?? []) {
      if (state.get(to) === 'open') found.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('import graph', () => {
  const graph = importGraph();

  it('has no cycle in lib/, components/ and entrypoints/', () => {
    const named = cycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' → '));
    expect(named).toEqual([]);
  });

  it('keeps lib/types/ free of runtime imports', () => {
    const runtime = [...graph]
      .filter(([file]) => relative(ROOT, file).startsWith('lib/types/'))
      .flatMap(([file, edges]) => edges.filter((e) => !e.typeOnly).map((e) => `${relative(ROOT, file)} → ${relative(ROOT, e.to)}`));
    expect(runtime).toEqual([]);
  });
});
