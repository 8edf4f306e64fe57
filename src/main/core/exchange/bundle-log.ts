import type { Queryable } from '../db/database';
import { sql } from '../db/sql';

/**
 * Each vault numbers the bundles it sends and names the previous one by hash; a receiver keeps
 * what it saw per sender. A gap (a bundle missing between two) or a replay (a number already
 * seen) is then something the preview can say, not a guess. Merging never depends on it: the
 * records merge the same whatever arrives in whatever order.
 */

export async function nextOutgoing(db: Queryable): Promise<{ sequence: number; previous: string | null }> {
  const last = await db.get<{ sequence: number; bundle_hash: string }>(sql`SELECT sequence, bundle_hash FROM bundles_sent ORDER BY sequence DESC LIMIT 1`);
  return { sequence: (last?.sequence ?? 0) + 1, previous: last?.bundle_hash ?? null };
}

export async function markSent(db: Queryable, sent: { sequence: number; bundleHash: string }): Promise<void> {
  await db.run(sql`INSERT OR REPLACE INTO bundles_sent (sequence, bundle_hash, sent_at) VALUES (${sent.sequence}, ${sent.bundleHash}, ${new Date().toISOString()})`);
}

/** How an arriving bundle stands against those seen before from the same sender. */
export type SequenceStanding =
  | { kind: 'first' }
  | { kind: 'next' }
  | { kind: 'gap'; missing: number; lastSeen: number }
  | { kind: 'replay'; lastSeen: number }
  | { kind: 'rollback'; lastSeen: number };

export async function sequenceStanding(
  db: Queryable,
  bundle: { sender: string; sequence: number; previous: string | null; hash: string },
): Promise<SequenceStanding> {
  const same = await db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM bundles_received WHERE sender = ${bundle.sender} AND sequence = ${bundle.sequence} AND bundle_hash = ${bundle.hash}`,
  );
  const last = await db.get<{ sequence: number; bundle_hash: string }>(
    sql`SELECT sequence, bundle_hash FROM bundles_received WHERE sender = ${bundle.sender} ORDER BY sequence DESC LIMIT 1`,
  );
  if (same && same.n > 0) return { kind: 'replay', lastSeen: last?.sequence ?? bundle.sequence };
  if (!last) return { kind: 'first' };
  if (bundle.sequence <= last.sequence) return { kind: 'rollback', lastSeen: last.sequence };
  if (bundle.sequence === last.sequence + 1 && bundle.previous === last.bundle_hash) return { kind: 'next' };
  return { kind: 'gap', missing: Math.max(0, bundle.sequence - last.sequence - 1), lastSeen: last.sequence };
}

export async function markReceived(tx: Queryable, bundle: { sender: string; sequence: number; previous: string | null; hash: string }): Promise<void> {
  await tx.run(sql`
    INSERT OR IGNORE INTO bundles_received (sender, sequence, bundle_hash, previous, received_at)
    VALUES (${bundle.sender}, ${bundle.sequence}, ${bundle.hash}, ${bundle.previous}, ${new Date().toISOString()})`);
}
