// Plain JS reference for bench/programs/hash.ts (`node bench/reference/hash.mjs` prints the
// expected output that run.ts records), and a Map to check the table against.
const SLOTS = 65536, MASK = 65535, INSERTS = 50000, LOOKUPS = 200000, KEY_BITS = 0x1ffff;
const keys = new Uint32Array(SLOTS), values = new Uint32Array(SLOTS), used = new Uint8Array(SLOTS);
function fnv1a(key) { let h = 2166136261; for (let i = 0; i < 4; i++) { h = (h ^ (key & 0xff)) >>> 0; h = Math.imul(h, 16777619) >>> 0; key >>>= 8; } return h; }
function insert(key, value) {
  let slot = fnv1a(key) & MASK;
  while (used[slot]) { if (keys[slot] === key) { values[slot] = (values[slot] + value) >>> 0; return false; } slot = (slot + 1) & MASK; }
  used[slot] = 1; keys[slot] = key; values[slot] = value; return true;
}
function find(key) { let slot = fnv1a(key) & MASK; while (used[slot]) { if (keys[slot] === key) return slot; slot = (slot + 1) & MASK; } return -1; }
function next(x) { x = (x ^ (x << 13)) >>> 0; x = (x ^ (x >>> 17)) >>> 0; x = (x ^ (x << 5)) >>> 0; return x; }
const map = new Map();
let distinct = 0, x = 2463534242;
for (let i = 0; i < INSERTS; i++) { x = next(x); const k = x & KEY_BITS; if (insert(k, i)) distinct++; map.set(k, ((map.get(k) ?? 0) + i) >>> 0); }
let hits = 0, sum = 0, y = 88675123, mhits = 0, msum = 0;
for (let i = 0; i < LOOKUPS; i++) { y = next(y); const k = y & KEY_BITS; const s = find(k); if (s >= 0) { hits++; sum = (sum + values[s]) >>> 0; } if (map.has(k)) { mhits++; msum = (msum + map.get(k)) >>> 0; } }
if (distinct !== map.size || hits !== mhits || sum !== msum) throw new Error("map differs");
// FNV-1a check: the standard test vector for the bytes "a" is 0xe40c292c
if (((Math.imul((2166136261 ^ 0x61) >>> 0, 16777619)) >>> 0) !== 0xe40c292c) throw new Error("fnv");
console.log(JSON.stringify(`${distinct} ${hits} ${sum}\n`));
