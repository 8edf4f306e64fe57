import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absorb,
  EMPTY_LINEAGE,
  inConflict,
  recordCurrent,
  resolve,
  winner,
  type Head,
  type Lineage,
  type VersionContent,
  versionId,
} from '../../../../src/main/core/exchange/merge-engine';

/*
 * The merge engine on its own, in memory, as the import pipeline drives it: before a bundle is
 * absorbed, the record's current content is made a version (so a local edit is never silently
 * overwritten), then every head the bundle carries is absorbed, and the record shows the winner.
 */

interface Rec {
  lineage: Lineage;
  row: VersionContent;
}
type Vault = Map<string, Rec>;
type Bundle = Array<{ id: string; heads: Head[] }>;

let clock = 0;
const tick = () => new Date(Date.UTC(2026, 0, 1) + (clock += 1000)).toISOString();

function edit(vault: Vault, id: string, title: string): void {
  const rec = vault.get(id);
  const row: VersionContent = { kind: 'case', data: { title }, deletedAt: rec?.row.deletedAt ?? null, updatedAt: tick() };
  vault.set(id, { lineage: rec?.lineage ?? EMPTY_LINEAGE, row });
}

function trash(vault: Vault, id: string): void {
  const rec = vault.get(id);
  if (!rec) return;
  rec.row = { ...rec.row, deletedAt: rec.row.deletedAt ? null : tick() };
}

/** Each vault's own lineage salt, as migration 0080 gives it one. */
const salts = new WeakMap<Vault, string>();
function saltOf(vault: Vault): string {
  let salt = salts.get(vault);
  if (salt === undefined) salts.set(vault, (salt = Math.random().toString(16).slice(2)));
  return salt;
}

function settle(vault: Vault, rec: Rec): void {
  rec.lineage = recordCurrent(rec.lineage, rec.row, saltOf(vault)).lineage;
}

function exportBundle(vault: Vault): Bundle {
  const bundle: Bundle = [];
  for (const [id, rec] of vault) {
    settle(vault, rec);
    const sent = rec.lineage.heads.find((h) => JSON.stringify(h.content) === JSON.stringify(rec.row))!;
    // The sent version first, then the other sides of a conflict, as a bundle carries them.
    bundle.push({ id, heads: [sent, ...rec.lineage.heads.filter((h) => h !== sent)] });
  }
  return structuredClone(bundle);
}

function importBundle(vault: Vault, bundle: Bundle): void {
  for (const { id, heads } of bundle) {
    let rec = vault.get(id);
    if (rec) settle(vault, rec);
    let lineage = rec?.lineage ?? EMPTY_LINEAGE;
    for (const head of heads) lineage = absorb(lineage, head).lineage;
    const shown = winner(lineage.heads)!;
    if (!rec) vault.set(id, (rec = { lineage, row: shown.content }));
    rec.lineage = lineage;
    rec.row = shown.content;
  }
}

function resolveFirst(vault: Vault, id: string, pick: number): void {
  const rec = vault.get(id);
  if (!rec) return;
  settle(vault, rec);
  if (!inConflict(rec.lineage)) return;
  const chosen = rec.lineage.heads[pick % rec.lineage.heads.length]!;
  const { lineage, head } = resolve(rec.lineage, { ...chosen.content, updatedAt: tick() }, saltOf(vault));
  rec.lineage = lineage;
  rec.row = head.content;
}

/** What must agree between vaults: each record as shown, and which versions are in conflict. */
function view(vault: Vault): Record<string, { row: VersionContent; conflict: string[] }> {
  const out: Record<string, { row: VersionContent; conflict: string[] }> = {};
  for (const id of [...vault.keys()].sort()) {
    const rec = vault.get(id)!;
    out[id] = { row: rec.row, conflict: inConflict(rec.lineage) ? rec.lineage.heads.map((h) => h.version) : [] };
  }
  return out;
}

type Step =
  | { op: 'edit'; vault: number; record: number; title: string }
  | { op: 'trash'; vault: number; record: number }
  | { op: 'send'; from: number; to: number }
  | { op: 'replay'; to: number; which: number }
  | { op: 'resolve'; vault: number; record: number; pick: number };

const step = (vaults: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('edit' as const), vault: fc.nat(vaults - 1), record: fc.nat(2), title: fc.constantFrom('a', 'b', 'c') }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('trash' as const), vault: fc.nat(vaults - 1), record: fc.nat(2) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('send' as const), from: fc.nat(vaults - 1), to: fc.nat(vaults - 1) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('replay' as const), to: fc.nat(vaults - 1), which: fc.nat(50) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('resolve' as const), vault: fc.nat(vaults - 1), record: fc.nat(2), pick: fc.nat(3) }) },
  );

function run(vaultCount: number, steps: Step[]): { vaults: Vault[]; sent: Bundle[] } {
  const vaults: Vault[] = Array.from({ length: vaultCount }, () => new Map());
  const sent: Bundle[] = [];
  for (const s of steps) {
    const id = `r${'record' in s ? s.record : 0}`;
    if (s.op === 'edit') edit(vaults[s.vault]!, id, s.title);
    if (s.op === 'trash') trash(vaults[s.vault]!, id);
    if (s.op === 'resolve') resolveFirst(vaults[s.vault]!, id, s.pick);
    if (s.op === 'send') {
      const bundle = exportBundle(vaults[s.from]!);
      sent.push(bundle);
      importBundle(vaults[s.to]!, bundle);
    }
    if (s.op === 'replay' && sent.length > 0) importBundle(vaults[s.to]!, sent[s.which % sent.length]!);
  }
  return { vaults, sent };
}

describe('merge engine', () => {
  it('ends in the same records and the same conflicts on every vault after a full exchange, whatever happened before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), fc.array(step(n), { maxLength: 40 }))), ([n, steps]) => {
        const { vaults } = run(n, steps);
        const finals = vaults.map(exportBundle);
        for (const vault of vaults) for (const bundle of finals) importBundle(vault, bundle);
        const first = view(vaults[0]!);
        for (const vault of vaults.slice(1)) expect(view(vault)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same bundles in any order, with duplicates and replays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), fc.array(step(n), { maxLength: 30 }))),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        ([n, steps], orderA, orderB) => {
          const { vaults, sent } = run(n, steps);
          const bundles = [...sent, ...vaults.map(exportBundle)];
          const deliver = (order: number[]) => {
            // Every bundle at least once, then the random extra deliveries.
            const target: Vault = new Map([['r1', { lineage: EMPTY_LINEAGE, row: { kind: 'case', data: { title: 'local' }, deletedAt: null, updatedAt: '2026-01-01T00:00:00.500Z' } }]]);
            salts.set(target, 'the same receiving vault both times');
            const sequence = [...order.map((i) => i % bundles.length), ...bundles.keys()];
            for (const i of sequence) importBundle(target, bundles[i]!);
            return view(target);
          };
          const a = deliver(orderA);
          const b = deliver([...orderB].reverse());
          // The local edit is made a version at the first import, with the same parents either way.
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps both sides when each changed the record since it was last exchanged', () => {
    const a: Vault = new Map();
    const b: Vault = new Map();
    edit(a, 'r', 'first');
    importBundle(b, exportBundle(a));
    edit(a, 'r', 'from a');
    edit(b, 'r', 'from b');
    importBundle(a, exportBundle(b));
    importBundle(b, exportBundle(a));
    for (const v of [a, b]) {
      const rec = v.get('r')!;
      expect(inConflict(rec.lineage)).toBe(true);
      expect(rec.lineage.heads.map((h) => h.content.data.title).sort()).toEqual(['from a', 'from b']);
    }
    expect(view(a)).toEqual(view(b));
  });

  it('fast-forwards a record only the sender changed, and takes the same bundle twice as no change', () => {
    const a: Vault = new Map();
    const b: Vault = new Map();
    edit(a, 'r', 'first');
    importBundle(b, exportBundle(a));
    edit(a, 'r', 'second');
    const bundle = exportBundle(a);
    const before = absorb(structuredClone(b.get('r')!.lineage), bundle[0]!.heads[0]!);
    expect(before.outcome).toBe('fast-forward');
    importBundle(b, bundle);
    const once = structuredClone(view(b));
    importBundle(b, bundle);
    expect(view(b)).toEqual(once);
    expect(b.get('r')!.row.data.title).toBe('second');
    expect(absorb(b.get('r')!.lineage, bundle[0]!.heads[0]!).outcome).toBe('unchanged');
  });

  it('reads the same change made on both sides as agreement, not a conflict', () => {
    const a: Vault = new Map();
    const b: Vault = new Map();
    edit(a, 'r', 'first');
    importBundle(b, exportBundle(a));
    edit(a, 'r', 'same fix');
    edit(b, 'r', 'same fix');
    const b2 = exportBundle(b);
    settle(a, a.get('r')!);
    expect(absorb(a.get('r')!.lineage, b2[0]!.heads[0]!).outcome).toBe('identical');
    importBundle(a, b2);
    expect(inConflict(a.get('r')!.lineage)).toBe(false);
  });

  it('does not let an older version undo a newer one, and a resolution supersedes every side', () => {
    const a: Vault = new Map();
    const b: Vault = new Map();
    edit(a, 'r', 'one');
    const old = exportBundle(a);
    importBundle(b, old);
    edit(b, 'r', 'two');
    importBundle(a, exportBundle(b));
    importBundle(a, old);
    expect(a.get('r')!.row.data.title).toBe('two');
    edit(a, 'r', 'three a');
    edit(b, 'r', 'three b');
    importBundle(a, exportBundle(b));
    resolveFirst(a, 'r', 0);
    expect(inConflict(a.get('r')!.lineage)).toBe(false);
    importBundle(b, exportBundle(a));
    expect(view(b)).toEqual(view(a));
  });

  it('names a version by content, parents and the vault’s secret salt, so a redacted field cannot be guessed from the id', () => {
    const content: VersionContent = { kind: 'person', data: { idNumbers: [{ type: 'passport', value: '650101' }] }, deletedAt: null, updatedAt: tick() };
    expect(versionId(content, [], 'salt of one vault')).toBe(versionId(content, [], 'salt of one vault'));
    expect(versionId(content, [], 'salt of one vault')).not.toBe(versionId(content, [], 'salt of another'));
  });
});
