import type { Queryable } from '../database';

export interface Migration {
  /** Strictly increasing; stored in `PRAGMA user_version` when the migration commits. */
  readonly version: number;
  readonly name: string;
  up(tx: Queryable): Promise<void>;
}
