/** The engine's answers as plain rows: the large form's engine (engine.ts) and the engines' benchmark share it. */
export type Row = Record<string, unknown>;

/** Plain values: lists as arrays, 64-bit integers as numbers (milliseconds fit). */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
    return Array.from(value.toArray() as ArrayLike<unknown>, plain);
  }
  return value;
}

/** The shape of an Arrow table that rowsOf reads (DuckDB-Wasm's query results). */
interface ArrowTable {
  schema: { fields: { name: string }[] };
  numRows: number;
  get(index: number): Record<string, unknown> | null;
}

/** Every row of an Arrow table as a plain object. */
export function rowsOf(table: ArrowTable): Row[] {
  const names = table.schema.fields.map((field) => field.name);
  const rows: Row[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row = table.get(i);
    const out: Row = {};
    for (const name of names) out[name] = plain(row?.[name]);
    rows.push(out);
  }
  return rows;
}
