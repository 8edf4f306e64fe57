import type { vaultMethods, VaultStatus } from '../../../../shared/api';
import { AppError } from '../../../../shared/errors';
import { restoreIntoFolder } from '../../backup/restore-into-folder';
import { readHeader } from '../../vault/header';
import { folderContents, Vault } from '../../vault/vault';
import { openVault, type Handlers, type ServiceContext } from '../context';
import { dropImports } from '../../exchange/import/registry';
import { closeSession } from '../session';

async function status(ctx: ServiceContext): Promise<VaultStatus> {
  const vault = ctx.vault;
  if (vault?.isOpen) {
    const { state: integrity, pages } = vault.integrity;
    return {
      state: 'unlocked',
      vaultId: vault.id,
      createdAt: vault.createdAt,
      schemaVersion: await vault.schemaVersion(),
      integrity,
      ...(integrity === 'damaged' ? { damagedPages: pages } : {}),
    };
  }
  const contents = await folderContents(ctx.folder);
  if (contents === 'empty') return { state: 'absent' };
  if (contents === 'headerless') return { state: 'corrupt' };
  // A header that does not parse is damage too; one from a newer version is for unlock to explain.
  const readable = await readHeader(ctx.folder).then(
    () => true,
    (error: unknown) => !(error instanceof AppError && error.code === 'VAULT_CORRUPT'),
  );
  return { state: readable ? 'locked' : 'corrupt' };
}

function refuseIfOpen(ctx: ServiceContext): void {
  if (ctx.vault?.isOpen) throw new AppError('CONFLICT', 'The vault is already unlocked.');
}

/** True when a lock was asked for after this call was: that lock wins (docs/security.md S31). */
function overtaken(ctx: ServiceContext, locks: number): boolean {
  return ctx.locksRequested() !== locks;
}

function lockedWhileOpening(message = 'The vault was locked while it was opening.'): AppError {
  return new AppError('VAULT_LOCKED', message);
}

/** Makes `vault` the open one and passes on what its background checks find, now and later. */
function adopt(ctx: ServiceContext, vault: Vault): void {
  ctx.vault = vault;
  vault.onDamaged((pages) => {
    if (ctx.vault === vault) ctx.damaged(pages);
  });
}

/*
 * Every handler here runs inside the service's lifecycle queue, one at a time. An unlock or
 * recover that a lock overtook closes what it opened and answers VAULT_LOCKED. A create answers
 * anyway, since its answer holds the recovery key, shown only once; the queued lock then closes it.
 */
export const vaultHandlers: Handlers<keyof typeof vaultMethods> = {
  'vault.status': (_input, ctx) => status(ctx),

  'vault.create': async ({ passphrase }, ctx) => {
    refuseIfOpen(ctx);
    const { vault, recoveryKey } = await Vault.create(ctx.folder, passphrase, ctx.vaultOptions);
    adopt(ctx, vault);
    return { vaultId: vault.id, recoveryKey };
  },

  'vault.unlock': async ({ passphrase }, ctx) => {
    refuseIfOpen(ctx);
    const locks = ctx.locksBeforeCall;
    const vault = await Vault.unlock(ctx.folder, passphrase, ctx.vaultOptions);
    if (overtaken(ctx, locks)) {
      await vault.lock();
      throw lockedWhileOpening();
    }
    adopt(ctx, vault);
    return status(ctx);
  },

  'vault.recover': async ({ recoveryKey, newPassphrase }, ctx) => {
    refuseIfOpen(ctx);
    const locks = ctx.locksBeforeCall;
    const vault = await Vault.unlockWithRecoveryKey(ctx.folder, recoveryKey, ctx.vaultOptions);
    try {
      if (overtaken(ctx, locks)) throw lockedWhileOpening();
      await vault.setPassphrase(newPassphrase);
      if (overtaken(ctx, locks)) {
        throw lockedWhileOpening('The new passphrase is saved, but the vault was locked before it opened. Unlock it with the new passphrase.');
      }
    } catch (error) {
      await vault.lock();
      throw error;
    }
    adopt(ctx, vault);
    return status(ctx);
  },

  // Where a vault is, nothing is restored over it (docs/security.md S20, S35); asked before the
  // dialog opens, and again by the restore itself just before it moves into place.
  'vault.restore': async ({ passphrase }, ctx) => {
    if (ctx.vault?.isOpen || (await folderContents(ctx.folder)) !== 'empty') {
      throw new AppError('VAULT_EXISTS', 'There is a vault here already; a restore never replaces one.');
    }
    if (!ctx.chooseFolder) throw new AppError('VALIDATION_FAILED', 'This window cannot choose a folder to restore from.');
    const backup = await ctx.chooseFolder('restore');
    if (backup === null) return { cancelled: true };
    const result = await restoreIntoFolder(backup, ctx.folder, {
      secret: { passphrase },
      vaultOptions: ctx.vaultOptions,
      onProgress: (done, total) => ctx.progress({ method: 'vault.restore', done, total }),
    });
    return { backupCreatedAt: result.backupCreatedAt, attachments: result.attachments };
  },

  'vault.lock': async (_input, ctx) => {
    const vault = ctx.vault;
    ctx.vault = undefined;
    await closeSession(vault);
    await dropImports(vault);
    await vault?.lock();
    return status(ctx);
  },

  'vault.changePassphrase': async ({ current, next }, ctx) => {
    await openVault(ctx).changePassphrase(current, next);
    return { changed: true };
  },
};
