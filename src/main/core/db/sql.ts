/** A parameter SQLite can bind. */
export type SqlValue = string | number | bigint | null | Uint8Array;

/** A statement with its values kept apart from its text: values only ever become `?` params. */
export interface Sql {
  readonly text: string;
  readonly values: readonly SqlValue[];
}

const SQL = Symbol('sql');
interface Fragment extends Sql {
  readonly [SQL]: true;
}

function fragment(text: string, values: readonly SqlValue[]): Fragment {
  return { text, values, [SQL]: true };
}

function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && (value as Fragment)[SQL] === true;
}

/**
 * `sql\`SELECT * FROM cases WHERE id = ${id}\`` — every interpolated value is bound as a parameter;
 * a nested `sql` fragment is spliced in with its own parameters.
 */
export function sql(strings: TemplateStringsArray, ...values: Array<SqlValue | Sql>): Sql {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, index) => {
    if (isFragment(value)) {
      text += value.text;
      params.push(...value.values);
    } else {
      text += '?';
      params.push(value as SqlValue);
    }
    text += strings[index + 1] ?? '';
  });
  return fragment(text, params);
}

/** An identifier (table, column, sort key) admitted only if it is on the caller's allow-list. */
export function identifier<const T extends string>(name: string, allowed: readonly T[]): Sql {
  if (!(allowed as readonly string[]).includes(name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`Identifier not allowed: ${name}`);
  }
  return fragment(`"${name}"`, []);
}

export function join(parts: readonly Sql[], separator = ', '): Sql {
  return fragment(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.values),
  );
}

export const empty: Sql = fragment('', []);
