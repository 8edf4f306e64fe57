import { v7 as uuidv7 } from 'uuid';
import { join, sql, type Sql, type SqlValue } from '../src/main/core/db/sql';

/**
 * Bench-only fixture: a testimonies-like STRICT table and realistic rows for it (UUIDv7 ids,
 * a transcript of ~1.8 KB mixing Russian, Kazakh, English and transliterated names), generated
 * from a seed so that every process inserts the same data.
 */
export const TESTIMONIES_SCHEMA = `
  CREATE TABLE testimonies (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    source_code TEXT NOT NULL,
    recorded_on TEXT NOT NULL,
    language TEXT NOT NULL,
    place TEXT,
    transcript TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX testimonies_by_case ON testimonies (case_id);
`;

export interface TestimonyRow {
  id: string;
  caseId: string;
  sourceCode: string;
  recordedOn: string;
  language: string;
  place: string | null;
  transcript: string;
  createdAt: number;
  updatedAt: number;
}

const COLUMNS_PER_ROW = 9;
/** SQLite's limit on bound parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
export const MAX_ROWS_PER_STATEMENT = Math.floor(32766 / COLUMNS_PER_ROW);

function tuple(row: TestimonyRow): Sql {
  return sql`(${row.id}, ${row.caseId}, ${row.sourceCode}, ${row.recordedOn}, ${row.language}, ${row.place}, ${row.transcript}, ${row.createdAt}, ${row.updatedAt})`;
}

/** One row per statement. */
export function insertOne(row: TestimonyRow): Sql {
  return insertMany([row]);
}

/** A multi-row INSERT: the text is fixed in code, every value is a bound parameter. */
export function insertMany(rows: readonly TestimonyRow[]): Sql {
  if (rows.length === 0 || rows.length > MAX_ROWS_PER_STATEMENT) throw new Error(`Cannot insert ${rows.length} rows in one statement`);
  return sql`INSERT INTO testimonies (id, case_id, source_code, recorded_on, language, place, transcript, created_at, updated_at) VALUES ${join(rows.map(tuple))}`;
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

const RU = (
  'свидетель рассказал что его брата задержали ночью у дома сотрудники полиции в штатском увезли ' +
  'без объяснений семья писала запросы в прокуратуру ответа не получила через месяц родственникам ' +
  'сообщили что он находится в лагере политического воспитания после допроса отпустили под подписку ' +
  'мать пыталась навестить его в следственном изоляторе но свидание запретили адвоката не допустили ' +
  'соседи видели как забирали документы паспорт и телефон изъяли приговор огласили без родственников'
).split(' ');
const KK = 'куәгер ағасы түнде ұсталды отбасы хабарсыз қалды анасы сотқа барды бірақ кіргізбеді лагерь тергеу'.split(' ');
const EN = (
  'the witness stated that her husband was detained at the checkpoint and has not been heard from since ' +
  'officials refused to confirm his location the family was told to stop asking questions'
).split(' ');
const NAMES = ['Ерлан Кенжебаев (Erlan Kenzhebayev)', 'Гульнара Т.', 'Abdurehim Tursun', 'Айгуль Сейтова', 'Nurlan M.', 'Мухаммед Турсун (Muhammad Tursun)'];
const PLACES = ['Урумчи (Ürümqi)', 'Кульджа (Ghulja)', 'Алматы', 'Жаркент', 'Kashgar', 'Турфан', null];
const LANGUAGES = ['ru', 'ru', 'kk', 'en', 'ug'];

/** mulberry32: small, fast and good enough to vary text; not for anything secret. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function testimonyRows(count: number, seed = 20240501): TestimonyRow[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  // Phrases first, transcripts from phrases: varied text at a fraction of the cost of word by word.
  const phrases = Array.from({ length: 4096 }, () => {
    const words = Array.from({ length: 6 + Math.floor(next() * 10) }, () => {
      const roll = next();
      return roll < 0.6 ? pick(RU) : roll < 0.75 ? pick(KK) : roll < 0.93 ? pick(EN) : roll < 0.97 ? pick(NAMES) : String(2014 + Math.floor(next() * 11));
    });
    const text = `${words.join(' ')}.`;
    return { text, bytes: Buffer.byteLength(text) + 1 };
  });
  const cases = Array.from({ length: 500 }, () => uuidv7());
  const start = Date.UTC(2024, 0, 1);
  const rows: TestimonyRow[] = [];
  for (let index = 0; index < count; index++) {
    const target = 1650 + Math.floor(next() * 300);
    const parts: string[] = [];
    for (let bytes = 0; bytes < target; ) {
      const phrase = pick(phrases);
      parts.push(phrase.text);
      bytes += phrase.bytes;
    }
    const at = start + index * 60_000;
    rows.push({
      id: uuidv7(),
      caseId: pick(cases),
      sourceCode: `S-${String(1 + Math.floor(next() * 999)).padStart(3, '0')}`,
      recordedOn: new Date(at - Math.floor(next() * 3e10)).toISOString().slice(0, 10),
      language: pick(LANGUAGES),
      place: pick(PLACES),
      transcript: parts.join(' '),
      createdAt: at,
      updatedAt: at,
    });
  }
  return rows;
}

/** The payload one row carries: UTF-8 bytes of its text, 8 per integer. */
export function rowBytes(row: TestimonyRow): number {
  return insertOne(row).values.reduce<number>((sum, value: SqlValue) => sum + (typeof value === 'string' ? Buffer.byteLength(value) : value === null ? 0 : 8), 0);
}
