import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../../src');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await sourceFiles(path)));
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name)) found.push(path);
  }
  return found;
}

async function importsBySource(): Promise<Map<string, { text: string; specifiers: string[] }>> {
  const result = new Map<string, { text: string; specifiers: string[] }>();
  for (const file of await sourceFiles(SRC)) {
    const text = await readFile(file, 'utf8');
    const specifiers = [...text.matchAll(IMPORT)].map((match) => match[1] ?? '');
    result.set(relative(SRC, file).split(sep).join('/'), { text, specifiers });
  }
  return result;
}

const isElectron = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/');
const isNode = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '');

describe('process boundaries', () => {
  it('finds the import statements it checks', async () => {
    const sources = await importsBySource();
    expect(sources.get('main/electron/ipc.ts')?.specifiers).toContain('electron');
    expect(sources.get('preload/index.ts')?.specifiers).toContain('../shared/method-names');
  });

  it('keeps the preload to electron and plain constants: no zod, no contract schemas (S34)', async () => {
    const sources = await importsBySource();
    // Type-only imports vanish from the bundle; every other one must be a file that holds only constants.
    const valueImports = (text: string) =>
      text
        .split('\n')
        .filter((line) => /^\s*import\s/.test(line) && !/^\s*import\s+type\s/.test(line))
        .map((line) => /['"]([^'"]+)['"]/.exec(line)?.[1]);
    const allowed: Record<string, string[]> = {
      'preload/index.ts': ['electron', '../shared/bridge', '../shared/method-names'],
      'shared/bridge.ts': [],
      'shared/method-names.ts': [],
    };
    for (const [file, imports] of Object.entries(allowed)) {
      expect(valueImports(sources.get(file)?.text ?? ''), file).toEqual(imports);
    }
  });

  it('lets only the Electron shell and the preload import electron', async () => {
    const offenders = [...(await importsBySource())]
      .filter(([, { specifiers }]) => specifiers.some(isElectron))
      .map(([file]) => file)
      .filter((file) => !file.startsWith('main/electron/') && !file.startsWith('preload/'));
    expect(offenders).toEqual([]);
  });

  it('keeps src/shared free of Node, Electron and React', async () => {
    const offenders = [...(await importsBySource())]
      .filter(([file]) => file.startsWith('shared/'))
      .flatMap(([file, { specifiers }]) =>
        specifiers.filter((s) => isElectron(s) || isNode(s) || s === 'react' || s.startsWith('react/')).map((s) => `${file}: ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('uses ipcMain in exactly one file', async () => {
    const users = [...(await importsBySource())]
      .filter(([, { text, specifiers }]) => specifiers.some(isElectron) && /\bipcMain\b/.test(text))
      .map(([file]) => file);
    expect(users).toEqual(['main/electron/ipc.ts']);
  });

  it('keeps the preload off raw IPC beyond invoke and one event subscription', async () => {
    const preload = (await importsBySource()).get('preload/index.ts')?.text ?? '';
    expect(preload).not.toMatch(/\b(sendSync|sendToHost|postMessage|process\.env)\b|ipcRenderer\.send\(/);
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
  });
});
