import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';

/**
 * S9: the packaged binary can only run Casekeep's own integrity-checked asar, cannot be turned into a
 * plain Node runtime, and ignores NODE_OPTIONS and --inspect, so nobody with the laptop can
 * attach to a running, unlocked vault or load code beside it.
 */
export const fuseConfig = {
  version: FuseVersion.V1,
  // An Electron upgrade that adds a fuse fails the build until someone decides its value.
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default; guards WebAssembly memory accesses.
  [FuseV1Options.WasmTrapHandlers]: true,
} as const satisfies FuseConfig;

export interface ApplyFusesOptions {
  /** For macOS builds signed ad hoc (e.g. universal), whose signature flipping invalidates. */
  resetAdHocDarwinSignature?: boolean;
}

/** Flips the fuses of the Electron binary at `electronBinaryPath`; for the afterPack hook. */
export async function applyFuses(electronBinaryPath: string, options: ApplyFusesOptions = {}): Promise<number> {
  return flipFuses(electronBinaryPath, {
    ...fuseConfig,
    resetAdHocDarwinSignature: options.resetAdHocDarwinSignature === true,
  });
}
