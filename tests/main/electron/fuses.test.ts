import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import afterPack, { packagedBinaryPath } from '../../../build/after-pack';
import { fuseConfig } from '../../../build/fuses';
import { tempFolder } from '../../helpers/temp';

/*
 * What this file proves (docs/security.md S9): the fuse config says what S9 says, and the
 * packaging hook build/after-pack.ts writes exactly that config into an Electron binary's fuse
 * wire. The binary here is a stand-in: random bytes around Electron's fuse sentinel and a V1 wire
 * with every fuse at its unflipped default. It does not prove that a packaged Casekeep was built
 * with the hook: no packager is wired up in this repository yet (see build/after-pack.ts).
 */

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 49;
const DISABLE = 48;
const FUSES = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number');

/** Bytes around a sentinel and a V1 fuse wire in Electron's shipped state (defaults). */
function standInBinary(): Buffer {
  // Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; asar checks off.
  const defaults = FUSES.map(() => ENABLE);
  for (const off of [
    FuseV1Options.EnableCookieEncryption,
    FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
    FuseV1Options.OnlyLoadAppFromAsar,
    FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  ]) {
    defaults[off] = DISABLE;
  }
  return Buffer.concat([
    Buffer.alloc(4096, 7),
    Buffer.from(SENTINEL),
    Buffer.from([Number(FuseVersion.V1), FUSES.length, ...defaults]),
    Buffer.alloc(4096, 9),
  ]);
}

describe('S9 packaged fuses', () => {
  it('turns off every way to run the binary as something other than Casekeep', () => {
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuseConfig[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(fuseConfig[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false);
  });

  it('loads the app only from an integrity-checked asar and encrypts cookies', () => {
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuseConfig[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('sets every fuse the library knows, so a new one cannot slip through unset', () => {
    expect(fuseConfig.version).toBe(FuseVersion.V1);
    expect(fuseConfig.strictlyRequireAllFuses).toBe(true);
    for (const fuse of FUSES) expect(typeof (fuseConfig as Record<number, unknown>)[fuse]).toBe('boolean');
  });

  it('the afterPack hook writes exactly that config into the packaged binary’s fuse wire', async () => {
    const appOutDir = await tempFolder('casekeep-fuses-');
    const context = { appOutDir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Casekeep' }, executableName: 'casekeep' } };
    const binary = packagedBinaryPath(context);
    expect(binary).toBe(join(appOutDir, 'casekeep'));
    const before = standInBinary();
    await writeFile(binary, before);

    await afterPack(context);

    const wire = await getCurrentFuseWire(binary);
    for (const fuse of FUSES) {
      const wanted = (fuseConfig as Record<number, boolean>)[fuse];
      expect(wire[fuse as FuseV1Options], FuseV1Options[fuse]).toBe(wanted ? ENABLE : DISABLE);
    }
    // Only the wire changed; the rest of the binary is byte for byte what it was.
    const after = await readFile(binary);
    const wireStart = 4096 + SENTINEL.length + 2;
    expect(after.subarray(0, wireStart).equals(before.subarray(0, wireStart))).toBe(true);
    expect(after.subarray(wireStart + FUSES.length).equals(before.subarray(wireStart + FUSES.length))).toBe(true);
  });

  it('the afterPack hook refuses a binary without a fuse wire rather than ship it unfused', async () => {
    const appOutDir = await tempFolder('casekeep-fuses-');
    await writeFile(join(appOutDir, 'casekeep'), Buffer.alloc(1024, 1));
    await expect(afterPack({ appOutDir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Casekeep' }, executableName: 'casekeep' } })).rejects.toThrow(
      /sentinel/,
    );
  });
});
