/*
 * The process started by inFreshProcess (section.ts): imports one bench module, awaits one of its
 * exported functions and sends back the result. Argv: <module path> <export name> <JSON input>.
 */
import { pathToFileURL } from 'node:url';

async function main(): Promise<unknown> {
  const [modulePath, task, input] = process.argv.slice(2);
  if (!modulePath || !task || input === undefined) throw new Error('usage: child.ts <module path> <export name> <JSON input>');
  const module = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
  const work = module[task];
  if (typeof work !== 'function') throw new Error(`${modulePath} exports no function ${task}`);
  return (work as (input: unknown) => Promise<unknown>)(JSON.parse(input));
}

function answer(message: { value: unknown } | { error: string }, code: number): void {
  if (!process.send) {
    console.log(message);
    process.exit(code);
  }
  // Exit as soon as the answer is out: nothing this process holds is worth waiting for.
  process.send(message, () => process.exit(code));
}

main().then(
  (value) => answer({ value }, 0),
  (error: unknown) => answer({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, 1),
);
