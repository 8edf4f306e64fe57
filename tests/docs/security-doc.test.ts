import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * docs/security.md names, for each promise, the test files and the exact test titles that keep
 * it. Tests get renamed, moved and deleted; this keeps the list honest: every cited file exists,
 * every cited title is a test in that file (under the cited describes, when given; a Playwright
 * step under its test), and every promise either names a test or says it is not built yet.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC_PATH = 'docs/security.md';
const PROMISES = 35;
/** Between a describe title and what it holds, in a citation. */
const NESTING = ' › ';

interface Citation {
  file: string;
  name: string;
  line: number;
}

interface PromiseEntry {
  id: string;
  keptBy: boolean;
  notBuilt: boolean;
  citations: Citation[];
}

/** Splits the doc at its `### Sn` headings and reads each "Kept by:" list. */
function parseDoc(text: string): PromiseEntry[] {
  const promises: PromiseEntry[] = [];
  let current: PromiseEntry | undefined;
  let file: string | undefined;
  text.split('\n').forEach((line, index) => {
    const heading = /^### (S\d+) /.exec(line);
    if (heading) {
      current = { id: heading[1]!, keptBy: false, notBuilt: false, citations: [] };
      promises.push(current);
      file = undefined;
      return;
    }
    if (line.startsWith('## ')) {
      current = undefined;
      return;
    }
    if (!current) return;
    if (line === 'Kept by:') current.keptBy = true;
    if (line.startsWith('Not built yet')) current.notBuilt = true;
    const fileItem = /^- `([^`]+)`$/.exec(line);
    if (fileItem) file = fileItem[1];
    const nameItem = /^ {2}- "(.+)"$/.exec(line);
    if (nameItem) {
      if (!file) throw new Error(`${DOC_PATH}:${index + 1}: a test name outside a file item`);
      current.citations.push({ file, name: nameItem[1]!, line: index + 1 });
    }
  });
  return promises;
}

type CallKind = 'describe' | 'test' | 'step';

/** What a call to it/test/describe (with .each, .skip, .describe, .step… in between) is, if it is one. */
function testCallKind(call: ts.CallExpression): CallKind | undefined {
  const names: string[] = [];
  for (let callee: ts.Expression = call.expression; ; ) {
    if (ts.isIdentifier(callee)) {
      names.push(callee.text);
      break;
    }
    if (ts.isPropertyAccessExpression(callee)) {
      names.push(callee.name.text);
      callee = callee.expression;
    } else if (ts.isCallExpression(callee)) {
      callee = callee.expression;
    } else {
      return undefined;
    }
  }
  if (!['it', 'test', 'describe'].includes(names.at(-1)!)) return undefined;
  if (names.includes('step')) return 'step';
  return names.includes('describe') ? 'describe' : 'test';
}

/** A title as written in the source: a template's `${…}` placeholders stay as they are. */
function titleText(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText().slice(1, -1);
  return undefined;
}

interface TestChain {
  /** Titles from the outermost describe down to the test (or to a Playwright step in it). */
  titles: string[];
  step: boolean;
}

/** Every test, and every Playwright step of a test, in a file. */
function testChains(path: string): TestChain[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const chains: TestChain[] = [];
  const visit = (node: ts.Node, outer: string[], inTest: boolean): void => {
    if (ts.isCallExpression(node)) {
      const kind = testCallKind(node);
      const title = kind && titleText(node.arguments[0]);
      if (kind && title !== undefined && (kind === 'step') === inTest) {
        const titles = [...outer, title];
        if (kind !== 'describe') chains.push({ titles, step: kind === 'step' });
        node.arguments.slice(1).forEach((child) => visit(child, titles, kind !== 'describe'));
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, outer, inTest));
  };
  visit(source, [], false);
  return chains;
}

/**
 * A citation "a › b › c" matches a test whose titles end with a, b, c. A Playwright step is a
 * part of a test, not a test: it is cited only under its test's title ("test › step").
 */
function cites({ titles, step }: TestChain, name: string): boolean {
  const parts = name.split(NESTING);
  if (step && parts.length < 2) return false;
  return parts.length <= titles.length && parts.every((part, i) => titles[titles.length - parts.length + i] === part);
}

const doc = readFileSync(`${ROOT}${DOC_PATH}`, 'utf8');
const promises = parseDoc(doc);

describe('docs/security.md', () => {
  it('lists S1 to S35, each once and in order', () => {
    expect(promises.map((p) => p.id)).toEqual(Array.from({ length: PROMISES }, (_, i) => `S${i + 1}`));
  });

  it('names a kept-by test for every built promise, and none for one not built yet', () => {
    for (const promise of promises) {
      if (promise.notBuilt) {
        expect(promise.keptBy, `${promise.id} is not built yet, yet says "Kept by:"`).toBe(false);
        expect(promise.citations, `${promise.id} is not built yet, yet cites tests`).toEqual([]);
      } else {
        expect(promise.keptBy, `${promise.id} has no "Kept by:"`).toBe(true);
        expect(promise.citations.length, `${promise.id} cites no test`).toBeGreaterThan(0);
      }
    }
  });

  it('names only test and fixture files that exist', () => {
    const paths = new Set([...doc.matchAll(/`(tests\/[^`\s]+)`/g)].map((match) => match[1]!));
    const missing = [...paths].filter((path) => !existsSync(`${ROOT}${path}`));
    expect(missing).toEqual([]);
  });

  it.each(promises.filter((p) => p.citations.length > 0).map((p) => [p.id, p] as const))(
    '%s cites only test titles that are in the files it names',
    (_id, promise) => {
      const chains = new Map<string, TestChain[]>();
      const missing: string[] = [];
      for (const { file, name, line } of promise.citations) {
        if (!/^tests\/.+\.(test|spec)\.ts$/.test(file) || !existsSync(`${ROOT}${file}`)) {
          missing.push(`${DOC_PATH}:${line}: ${file} is not a test file`);
          continue;
        }
        if (!chains.has(file)) chains.set(file, testChains(`${ROOT}${file}`));
        if (!chains.get(file)!.some((chain) => cites(chain, name))) missing.push(`${DOC_PATH}:${line}: no test "${name}" in ${file}`);
      }
      expect(missing).toEqual([]);
    },
  );
});
