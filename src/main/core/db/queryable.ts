import type { Sql } from './sql';

export interface RunResult {
  changes: number;
  lastID: number;
}

/**
 * What handlers may do with the store; a transaction hands out the same interface. run, get, all
 * and runEach reuse prepared statements (StatementCache); exec never does.
 */
export interface Queryable {
  run(query: Sql): Promise<RunResult>;
  get<T>(query: Sql): Promise<T | undefined>;
  all<T>(query: Sql): Promise<T[]>;
  /** A constant script (migrations); never built from input. */
  exec(script: string): Promise<void>;
  /**
   * Runs `statement(item)` for every item, one after the other, through the connection's cached
   * prepared statements: one trip to the driver's thread pool per row. For bulk writes inside a
   * transaction. Returns the sum of the changes that run() would report for each.
   */
  runEach<T>(items: Iterable<T>, statement: (item: T) => Sql): Promise<number>;
}
