/**
 * Seeded randomness for the synthetic data generator. Math.random and crypto are never used here:
 * the same seed must give byte-identical output on every machine, so benchmarks compare like with
 * like and a failing demo can be reproduced from its seed alone.
 */

/** splitmix32: turns any 32-bit value into a well-mixed one; used to derive independent seeds. */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * sfc32 (Small Fast Counting): 128 bits of state, so unlike mulberry32 its period cannot run out
 * within the tens of millions of draws a 100,000-testimony seed makes, and it is fast in plain JS.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...seeds: number[]) {
    let h = 0x2545f491;
    for (const s of seeds) h = mix32(h ^ (s >>> 0));
    this.a = mix32(h);
    this.b = mix32(this.a ^ 0x1b873593);
    this.c = mix32(this.b ^ 0xcc9e2d51);
    this.d = 1;
    // The first outputs of a fresh sfc32 state are poorly mixed; the reference code discards them.
    for (let i = 0; i < 12; i += 1) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; `[value, weight]` pairs, weights need not sum to one. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    // Index loops, not destructuring for…of: this runs millions of times and must not allocate.
    let total = 0;
    for (let i = 0; i < items.length; i += 1) total += (items[i] as readonly [T, number])[1];
    let r = this.next() * total;
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i] as readonly [T, number];
      r -= item[1];
      if (r < 0) return item[0];
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Up to `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = items.slice();
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      const i = Math.floor(this.next() * copy.length);
      out.push(copy[i] as T);
      copy[i] = copy[copy.length - 1] as T;
      copy.pop();
    }
    return out;
  }

  /** Roughly normal (sum of three uniforms), cheap and bounded: no freak 10-sigma draws. */
  around(mean: number, spread: number): number {
    return mean + (this.next() + this.next() + this.next() - 1.5) * spread;
  }
}

const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');

/**
 * UUID v7 ids (RFC 9562) made from a seeded Rng: a 48-bit millisecond timestamp that grows by
 * one for every id, then version, variant and 74 random bits. The store has to accept ids made
 * before the records exist, so that testimonies can name their source and persons; growing
 * timestamps keep the ids in emission order, which is also the cheapest insert order for a
 * B-tree keyed on id.
 */
export class SeededUuidV7 {
  private ms: number;

  constructor(
    private readonly rng: Rng,
    /** Start of the timestamps: a fixed instant, so the ids do not depend on the clock. */
    startMs = Date.UTC(2024, 0, 1),
  ) {
    this.ms = startMs;
  }

  next(): string {
    const ts = hex(this.ms, 12);
    this.ms += 1;
    const r1 = this.rng.u32();
    const r2 = this.rng.u32();
    const r3 = this.rng.u32();
    return (
      `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${hex(r1 & 0xfff, 3)}-` +
      `${hex(0x8000 | ((r1 >>> 12) & 0x3fff), 4)}-${hex(r2, 8)}${hex(r3 & 0xffff, 4)}`
    );
  }

  /** The timestamp the next id will carry; lets a later batch continue where this one stopped. */
  get nextMs(): number {
    return this.ms;
  }
}
