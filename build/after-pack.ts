import { join } from 'node:path';
import { applyFuses } from './fuses';

/**
 * The packaging hook that applies build/fuses.ts to the packaged Electron binary (docs/security.md
 * S9), in the shape of electron-builder's `afterPack` (`"afterPack": "build/after-pack.ts"`, run
 * after the app is copied, before signing). This repository has no packager wired up yet:
 * electron-builder is not a dependency and Electron's binary cannot be downloaded on the build
 * machines. Whatever packages Casekeep must call this hook; tests/main/electron/fuses.test.ts runs
 * it on a stand-in binary and reads the fuses back.
 */
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** Where the packaged Electron binary lies inside `appOutDir` for each platform. */
export function packagedBinaryPath(context: AfterPackContext): string {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`);
    case 'win32':
      return join(context.appOutDir, `${name}.exe`);
    case 'linux':
      return join(context.appOutDir, context.packager.executableName ?? name.toLowerCase());
    default:
      throw new Error(`No fuse layout known for platform ${context.electronPlatformName}.`);
  }
}

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  const flipped = await applyFuses(packagedBinaryPath(context), { resetAdHocDarwinSignature: darwin });
  // A binary without the fuse wire would ship with every fuse at Electron's defaults.
  if (flipped < 1) throw new Error('No fuse wire found in the packaged binary.');
}
