import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseConfig } from '../../../build/fuses';

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
    const known = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number');
    for (const fuse of known) expect(typeof (fuseConfig as Record<number, unknown>)[fuse]).toBe('boolean');
  });
});
