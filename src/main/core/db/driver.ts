import { createRequire } from 'node:module';
import type * as Sqlite3 from '@journeyapps/sqlcipher';
import { AppError } from '../../../shared/errors';

/** The SQLCipher driver: a native addon that `npm ci` builds (package.json allowScripts). */
export const DRIVER_PACKAGE = '@journeyapps/sqlcipher';

const load = createRequire(import.meta.url);

/** What a missing or unbuilt native driver is reported as, by the window and the CLI alike. */
export function driverNotBuilt(packageName: string): AppError {
  return new AppError('INTERNAL', `The database driver is not built: run \`npm rebuild ${packageName}\`.`, {
    details: { driver: packageName },
  });
}

/**
 * Loads a native driver module by name. A module that is absent, or whose addon was never
 * compiled (install scripts skipped, or built for another Node), throws at require time; that
 * becomes one clear AppError instead of a crash with a stack trace.
 */
export function loadDriverModule<T>(packageName: string): T {
  try {
    return load(packageName) as T;
  } catch {
    // The loader's own message names paths on this machine and nothing the user can act on.
    throw driverNotBuilt(packageName);
  }
}

let driver: typeof Sqlite3 | undefined;

/** The SQLCipher driver, loaded on first use; throws driverNotBuilt() when it cannot load. */
export function loadDriver(): typeof Sqlite3 {
  driver ??= loadDriverModule<typeof Sqlite3>(DRIVER_PACKAGE);
  return driver;
}

/**
 * The driver module under the name database.ts uses. Loading waits until a property is read,
 * so importing the core never fails: the shell and the CLI can start and say what is wrong.
 */
export const sqlite3: typeof Sqlite3 = new Proxy({} as typeof Sqlite3, {
  get: (_target, property) => Reflect.get(loadDriver(), property) as unknown,
});

// The driver's types under the same name, for `sqlite3.Database` and friends in type positions.
// eslint-disable-next-line @typescript-eslint/no-namespace -- a type-only namespace merged with the value above
export declare namespace sqlite3 {
  export type Database = Sqlite3.Database;
  export type Statement = Sqlite3.Statement;
  export type RunResult = Sqlite3.RunResult;
}
