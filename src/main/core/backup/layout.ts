import { access, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MANIFEST_FILE } from './manifest';

/*
 * A chosen folder holds one `casekeep-backups` folder: `blobs/` shared by every backup there (each
 * encrypted attachment file once, named by the SHA-256 of its bytes) and `snapshots/`, one folder
 * per backup. A snapshot whose name starts with a dot is unfinished and never read as a backup
 * (docs/backup-format.md).
 */
export const BACKUPS_FOLDER = 'casekeep-backups';
export const BLOBS_FOLDER = 'blobs';
export const SNAPSHOTS_FOLDER = 'snapshots';

export interface BackupLayout {
  root: string;
  blobs: string;
  snapshots: string;
}

export function layoutIn(chosenFolder: string): BackupLayout {
  const root = join(chosenFolder, BACKUPS_FOLDER);
  return { root, blobs: join(root, BLOBS_FOLDER), snapshots: join(root, SNAPSHOTS_FOLDER) };
}

/** The layout a snapshot folder belongs to: two levels up. */
export function layoutOfSnapshot(snapshot: string): BackupLayout {
  const root = dirname(dirname(snapshot));
  return { root, blobs: join(root, BLOBS_FOLDER), snapshots: join(root, SNAPSHOTS_FOLDER) };
}

export function blobPath(layout: BackupLayout, sha256: string): string {
  return join(layout.blobs, sha256);
}

/** Sortable by time, unique by its random tail: `2026-12-03T17-15-55.123Z-1a2b3c`. */
export function snapshotName(at: Date, tail: string): string {
  return `${at.toISOString().replace(/:/g, '-')}-${tail}`;
}

const FINISHED = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[0-9a-f]+$/;

export function isFinishedSnapshotName(name: string): boolean {
  return FINISHED.test(name);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Finished snapshots in a layout, newest first (names sort by time). */
export async function listSnapshots(layout: BackupLayout): Promise<string[]> {
  const names = await readdir(layout.snapshots).catch(() => [] as string[]);
  return names
    .filter(isFinishedSnapshotName)
    .sort()
    .reverse()
    .map((name) => join(layout.snapshots, name));
}

/**
 * What a user names as "the backup": a snapshot folder itself, the `casekeep-backups` folder, or
 * the folder they chose when backing up; the last two mean its newest finished snapshot.
 */
export async function resolveSnapshot(path: string): Promise<string | null> {
  if (await exists(join(path, MANIFEST_FILE))) return path;
  for (const layout of [layoutIn(path), { root: path, blobs: join(path, BLOBS_FOLDER), snapshots: join(path, SNAPSHOTS_FOLDER) }]) {
    const [newest] = await listSnapshots(layout);
    if (newest) return newest;
  }
  return null;
}

export function isUnfinished(snapshot: string): boolean {
  return !isFinishedSnapshotName(basename(snapshot));
}
