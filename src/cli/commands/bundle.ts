import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors';
import { parseIdentityFile } from '../../main/core/crypto/age';
import { randomHex } from '../../main/core/crypto/random';
import { readBundle, type VerifiedBundle } from '../../main/core/exchange/bundle';
import { syncFolder } from '../../main/core/fs/atomic-write';
import { UsageError, type VaultlessCommand, type VaultlessSpec } from '../command';
import { mebibytes } from '../format';

/*
 * casekeep bundle verify / extract: for a partner who has a bundle and an age identity but no
 * vault. There is no service to call, so these read the bundle with the same core reader the
 * import uses (docs/export-format.md), and nothing else of the vault code.
 */

const MAX_IDENTITY_FILE = 64 * 1024;

async function identities(cmd: VaultlessCommand): Promise<Uint8Array[]> {
  const file = cmd.options.identity;
  if (!file) throw new UsageError('--identity KEYFILE is required: the age identity file (age-keygen) the bundle was sent to.');
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_IDENTITY_FILE) throw new AppError('VALIDATION_FAILED', `${file} is not an age identity file.`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IO_FAILED', `Cannot read the identity file ${file}.`);
  }
  const keys = parseIdentityFile(text);
  if (keys.length === 0) throw new AppError('VALIDATION_FAILED', `${file} holds no age identity (AGE-SECRET-KEY-1…).`);
  return keys;
}

function bundleFile(cmd: VaultlessCommand): string {
  return resolve(cmd.args[1] as string);
}

/** A progress line on a terminal only, so logs and pipes stay clean. */
function progress(cmd: VaultlessCommand, label: string): (done: number, total: number) => void {
  if (cmd.io.stderr.isTTY !== true) return () => undefined;
  let last = -1;
  return (done, total) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    if (percent === last) return;
    last = percent;
    cmd.io.stderr.write(`\r${label}: ${percent}% (${mebibytes(done)} of ${mebibytes(total)})${done >= total ? '\n' : ''}`);
  };
}

function summary(bundle: VerifiedBundle) {
  const m = bundle.manifest;
  return {
    ok: true as const,
    bundleId: m.bundleId,
    createdAt: m.createdAt,
    profile: m.profile,
    sequence: m.sequence,
    previous: m.previous,
    manifestSha256: bundle.manifestSha256,
    sender: m.sender,
    counts: {
      records: bundle.records.length,
      attachments: m.attachments.length,
      files: m.entries.filter((e) => e.path.startsWith('attachments/')).length,
      summaries: bundle.summaries.length,
      auditEntries: bundle.audit.entries.length,
    },
  };
}

function report(cmd: VaultlessCommand, bundle: VerifiedBundle, extra: string[] = []): void {
  const s = summary(bundle);
  const human = [
    `Bundle ${s.bundleId} verified: every entry matches the manifest, signed by the sender's key.`,
    `  From:        ${s.sender.name}`,
    `  Fingerprint: ${s.sender.fingerprint}`,
    `  Created:     ${s.createdAt} (profile ${s.profile}, bundle ${s.sequence} of this sender)`,
    `  Contents:    ${s.counts.records} records, ${s.counts.attachments} attachments (${s.counts.files} files), ${s.counts.summaries} case summaries, ${s.counts.auditEntries} audit entries`,
    ...extra,
    'Compare the fingerprint with the one the sender gave you before you trust the contents.',
  ].join('\n');
  cmd.print(human, s);
}

/** With --json a refusal is a result too: ok false, with the code and the reason, on stdout. */
async function refusing<T>(cmd: VaultlessCommand, work: () => Promise<T>): Promise<T | number> {
  try {
    return await work();
  } catch (error) {
    if (!cmd.json || !(error instanceof AppError) || !error.code.startsWith('BUNDLE_')) throw error;
    cmd.io.stdout.write(`${JSON.stringify({ ok: false, code: error.code, reason: error.details?.reason ?? null, message: error.message })}\n`);
    return 1;
  }
}

async function discard(_att: unknown, bytes: Readable): Promise<void> {
  for await (const chunk of bytes) void chunk;
}

async function verify(cmd: VaultlessCommand): Promise<number | void> {
  const keys = await identities(cmd);
  const file = bundleFile(cmd);
  const result = await refusing(cmd, () => readBundle(file, { identities: keys, attachmentSink: discard, onProgress: progress(cmd, 'Verifying') }));
  if (typeof result === 'number') return result;
  report(cmd, result);
}

/** DIR must not exist, or be an empty folder; anything else is the user's and stays untouched. */
async function checkTarget(target: string): Promise<boolean> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return false;
  if (!info.isDirectory() || (await readdir(target)).length > 0) {
    throw new AppError('VALIDATION_FAILED', `${target} already exists and is not an empty folder; choose a new one.`);
  }
  return true;
}

async function writeExact(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Verifies while extracting into a temporary folder beside DIR, and renames it to DIR only when
 * everything checked out: a refused bundle leaves nothing behind (docs/security.md S19, S24).
 */
async function extract(cmd: VaultlessCommand): Promise<number | void> {
  const keys = await identities(cmd);
  const file = bundleFile(cmd);
  if (!cmd.options.out) throw new UsageError('--out DIR is required: a new folder for the contents.');
  const target = resolve(cmd.options.out);
  const existed = await checkTarget(target);
  const temp = join(dirname(target), `.${basename(target)}.${randomHex(6)}.tmp`);
  const inside = (path: string) => {
    const full = resolve(temp, path);
    // The reader allows only its fixed entry names; this is the last word before a write.
    if (!full.startsWith(temp + sep)) throw new AppError('INTERNAL', 'An entry would leave the folder.');
    return full;
  };
  await mkdir(temp, { mode: 0o700 });
  let done = false;
  try {
    await mkdir(join(temp, 'attachments'), { mode: 0o700 });
    const result = await refusing(cmd, () =>
      readBundle(file, {
        identities: keys,
        keepFiles: true,
        onProgress: progress(cmd, 'Extracting'),
        async attachmentSink(att, bytes) {
          const path = inside(`attachments/${att.sha256}`);
          await pipeline(bytes, createWriteStream(path, { flags: 'wx', mode: 0o600, flush: true }));
        },
      }),
    );
    if (typeof result === 'number') return result;
    for (const [path, bytes] of result.files ?? []) await writeExact(inside(path), bytes);
    for (const folder of ['attachments', 'records', 'summary']) await syncFolder(join(temp, folder));
    await syncFolder(temp);
    if (existed) await rmdir(target);
    await rename(temp, target);
    done = true;
    await syncFolder(dirname(target));
    report(cmd, result, [`  Written to:  ${target}`]);
  } finally {
    if (!done) await rm(temp, { recursive: true, force: true });
  }
}

export const bundleCommands: Record<string, VaultlessSpec> = {
  bundle: {
    synopsis: 'bundle verify|extract FILE --identity KEYFILE',
    args: [2, 2],
    options: ['identity', 'out'],
    vaultless: true,
    async run(cmd) {
      const action = cmd.args[0];
      if (action === 'verify') {
        if (cmd.options.out !== undefined) throw new UsageError('--out applies to bundle extract only.');
        return verify(cmd);
      }
      if (action === 'extract') return extract(cmd);
      throw new UsageError(`Unknown bundle action: ${action}; use 'bundle verify' or 'bundle extract'.`);
    },
  },
};
