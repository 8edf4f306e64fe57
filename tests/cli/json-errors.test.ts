import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem } from '../../src/cli/json-syntax';
import { tempFolder } from '../helpers/temp';
import { cli } from './helpers';

/** Case text in broken JSON: each of these words must stay out of the error (docs/security.md S16). */
const SECRET = ['Aigerim', 'Secretova', 'Ghulja', 'camp'];
const BROKEN = [
  '{"data": {"title": Aigerim Secretova from Ghulja camp}}',
  '{"data": {"title": "Aigerim Secretova", "summary": "Ghulja camp",}}',
  "{'data': {'title': 'Aigerim Secretova in Ghulja camp'}}",
  '{"data": {"title": "Aigerim Secretova\nGhulja camp"}}',
  '{"data": {"title": "Aigerim Secretova"}} Ghulja camp',
  '{"data": {"title": "Aigerim Secretova from Ghulja camp',
  '["Aigerim", "Secretova" "Ghulja", "camp"]',
];

describe('casekeep JSON syntax errors', () => {
  it('name the line and column and never echo the input, from a file or stdin', async () => {
    const folder = await tempFolder();
    for (const [index, text] of BROKEN.entries()) {
      expect(() => JSON.parse(text)).toThrow();
      const file = join(folder, `broken-${index}.json`);
      await writeFile(file, text);
      for (const ran of [await cli(['add', 'case', file, '--vault', folder]), await cli(['add', 'case', '-', '--vault', folder], { stdin: text })]) {
        expect(ran.code).toBe(1);
        expect(ran.err).toMatch(/is not valid JSON \(line \d+, column \d+\): [a-z]/);
        for (const word of SECRET) expect(ran.err).not.toContain(word);
      }
    }
  });

  it('points where JSON.parse points', () => {
    expect(jsonSyntaxProblem('{\n  "data": {\n    "title": "x",\n  }\n}\n')).toMatchObject({ offset: 34, reason: "expected a property name in double quotes" });
    expect(jsonSyntaxProblem('{"a": 1')).toMatchObject({ offset: 7, reason: 'the text ends before the JSON is complete' });
    expect(jsonSyntaxProblem('{"a": tru}')).toMatchObject({ offset: 6 });
  });

  it('agrees with JSON.parse on valid JSON and on JSON with a character changed', () => {
    const agrees = (text: string) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonSyntaxProblem(text) === null).toBe(valid);
    };
    fc.assert(fc.property(fc.json(), (text) => agrees(text)), { numRuns: 300 });
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', '{', '[', ':', 'x', '\\', '\n', ' ', '0', '-', '.'), (text, at, insert) => {
        const position = at % (text.length + 1);
        agrees(text.slice(0, position) + insert + text.slice(position + 1));
      }),
      { numRuns: 1000 },
    );
  });
});
