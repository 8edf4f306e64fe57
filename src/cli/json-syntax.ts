/**
 * Where a JSON text first goes wrong, and why in a few fixed words. JSON.parse's own message
 * quotes the input around the error ("Unexpected token 'A', "…Aigerim…" is not valid JSON"), and
 * input here is case text, so the CLI never shows that message (docs/security.md S16).
 */
export interface JsonSyntaxProblem {
  /** Offset into the text, in UTF-16 code units, of the first character that cannot be right. */
  offset: number;
  reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Null when the text is valid JSON. Iterative, so deep nesting cannot overflow the stack. */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const n = text.length;
  let i = 0;
  const open: Array<'{' | '['> = [];
  const problem = (reason: string): JsonSyntaxProblem => ({ offset: i, reason: i >= n ? 'the text ends before the JSON is complete' : reason });
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };
  /** At a double quote: moves past the string, or names what is wrong with it. */
  const string = (): string | null => {
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return null;
      }
      if (c === 0x5c) {
        const escape = text[i + 1];
        if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else if (escape === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else return 'a backslash escape in a string is not valid';
      } else if (c < 0x20) {
        return 'a string holds a line break or control character';
      } else {
        i += 1;
      }
    }
    return 'a string is not closed';
  };
  /** A property name and its colon, after `{` or a comma inside an object. */
  const key = (): string | null => {
    skipSpace();
    if (text[i] !== '"') return 'expected a property name in double quotes';
    const bad = string();
    if (bad) return bad;
    skipSpace();
    if (text[i] !== ':') return "expected ':' after a property name";
    i += 1;
    return null;
  };

  for (;;) {
    // A value is due here.
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      i += 1;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i += 1;
      } else {
        open.push(c);
        if (c === '{') {
          const bad = key();
          if (bad) return problem(bad);
        }
        continue;
      }
    } else if (c === '"') {
      const bad = string();
      if (bad) return problem(bad);
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
      i += 4;
    } else if (text.startsWith('false', i)) {
      i += 5;
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return problem('expected a value: an object, array, string, number, true, false or null');
      i = NUMBER.lastIndex;
    }
    // After a value: close what is open, or a comma brings the next value.
    for (;;) {
      skipSpace();
      const top = open.at(-1);
      if (!top) return i < n ? problem('more text follows the JSON value') : null;
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        i += 1;
        open.pop();
        continue;
      }
      if (text[i] !== ',') return problem(`expected ',' or '${close}'`);
      i += 1;
      if (top === '{') {
        const bad = key();
        if (bad) return problem(bad);
      }
      break;
    }
  }
}
