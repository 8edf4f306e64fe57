import type { vaultMethods, VaultStatus } from '../../../../shared/api';
import { AppError } from '../../../../shared/errors';
import { Vault } from '../../vault/vault';
import { openVault, type Handlers, type ServiceContext } from '../context';
import { closeSession } from '../session';

async function status(ctx: ServiceContext): Promise<VaultStatus> {
  if (ctx.vault?.isOpen) {
    return { state: 'unlocked', vaultId: ctx.vault.id, createdAt: ctx.vault.createdAt, schemaVersion: await ctx.vault.schemaVersion() };
  }
  return { state: (await Vault.exists(ctx.folder)) ? 'locked' : 'absent' };
}

function refuseIfOpen(ctx: ServiceContext): void {
  if (ctx.vault?.isOpen) throw new AppError('CONFLICT', 'The vault is already unlocked.');
}

export const vaultHandlers: Handlers<keyof typeof vaultMethods> = {
  'vault.status': (_input, ctx) => status(ctx),

  'vault.create': async ({ passphrase }, ctx) => {
    refuseIfOpen(ctx);
    const { vault, recoveryKey } = await Vault.create(ctx.folder, passphrase, ctx.vaultOptions);
    ctx.vault = vault;
    return { vaultId: vault.id, recoveryKey };
  },

  'vault.unlock': async ({ passphrase }, ctx) => {
    refuseIfOpen(ctx);
    ctx.vault = await Vault.unlock(ctx.folder, passphrase, ctx.vaultOptions);
    return status(ctx);
  },

  'vault.recover': async ({ recoveryKey, newPassphrase }, ctx) => {
    refuseIfOpen(ctx);
    const vault = await Vault.unlockWithRecoveryKey(ctx.folder, recoveryKey, ctx.vaultOptions);
    try {
      await vault.setPassphrase(newPassphrase);
    } catch (error) {
      await vault.lock();
      throw error;
    }
    ctx.vault = vault;
    return status(ctx);
  },

  'vault.lock': async (_input, ctx) => {
    const vault = ctx.vault;
    ctx.vault = undefined;
    await closeSession(vault);
    await vault?.lock();
    return status(ctx);
  },

  'vault.changePassphrase': async ({ current, next }, ctx) => {
    await openVault(ctx).changePassphrase(current, next);
    return { changed: true };
  },
};
