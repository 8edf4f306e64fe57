/**
 * A small table printer for benchmark results. Every value is "lower is better" (a time, a size,
 * or a ratio of those), so a target is always an upper bound.
 */

export interface Row {
  name: string;
  /** The median when `samples` is given. */
  value: number;
  unit: string;
  /** Every measurement behind `value`, shown as count and range. */
  samples?: readonly number[];
  /** Another row of this table: the ratio column shows value ÷ that row's value. */
  vs?: string;
  /** The upper bound this row should stay under: on the ratio when `vs` is set, else on the value. */
  target?: number;
}

export interface Check {
  table: string;
  row: string;
  ok: boolean;
}

const fixed = (value: number): string => {
  const size = Math.abs(value);
  if (size !== 0 && size < 0.1) return value.toPrecision(2);
  return value.toFixed(size >= 100 ? 0 : size >= 10 ? 1 : 2);
};

export class Table {
  private readonly rows: Row[] = [];
  private readonly notes: string[] = [];

  constructor(readonly title: string) {}

  add(row: Row): this {
    if (this.rows.some((existing) => existing.name === row.name)) throw new Error(`Duplicate row: ${row.name}`);
    this.rows.push(row);
    return this;
  }

  /** Adds a row whose value is the ratio of two rows already in the table. */
  compare(name: string, of: string, against: string, target?: number): this {
    return this.add({ name, value: this.value(of) / this.value(against), unit: '×', target });
  }

  note(text: string): this {
    this.notes.push(text);
    return this;
  }

  value(name: string): number {
    const row = this.rows.find((candidate) => candidate.name === name);
    if (!row) throw new Error(`No row named ${name} in "${this.title}"`);
    return row.value;
  }

  /** The ratio against the row's baseline, or undefined when it has none. */
  ratio(row: Row): number | undefined {
    return row.vs === undefined ? undefined : row.value / this.value(row.vs);
  }

  checks(): Check[] {
    return this.rows
      .filter((row) => row.target !== undefined)
      .map((row) => ({ table: this.title, row: row.name, ok: (this.ratio(row) ?? row.value) <= row.target! }));
  }

  format(): string {
    const header = ['', 'value', 'unit', 'runs (min–max)', 'ratio', 'vs', 'target'];
    const body = this.rows.map((row) => {
      const ratio = this.ratio(row);
      const compared = ratio ?? row.value;
      const unit = ratio !== undefined || row.unit === '×' ? '×' : ` ${row.unit}`;
      const bound = row.target === undefined ? '' : `≤ ${fixed(row.target)}${unit}`;
      const verdict = row.target === undefined ? '' : compared <= row.target ? '  ok' : '  MISSED';
      const spread =
        row.samples && row.samples.length > 1
          ? `${row.samples.length} (${fixed(Math.min(...row.samples))}–${fixed(Math.max(...row.samples))})`
          : row.samples
            ? '1'
            : '';
      return [row.name, fixed(row.value), row.unit, spread, ratio === undefined ? '' : `${fixed(ratio)}×`, row.vs ?? '', bound + verdict];
    });
    const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => [...(cells[column] ?? '')].length)));
    const numeric = new Set([1, 4]);
    const line = (cells: string[]) =>
      cells
        .map((cell, column) => {
          const pad = ' '.repeat((widths[column] ?? 0) - [...cell].length);
          return numeric.has(column) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd();
    const rule = '-'.repeat(widths.reduce((sum, width) => sum + width + 2, -2));
    return [`${this.title}`, rule, line(header), rule, ...body.map(line), rule, ...this.notes.map((text) => `  ${text}`)].join('\n');
  }
}
