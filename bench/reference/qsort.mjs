// Plain JS reference for bench/programs/qsort.ts (`node bench/reference/qsort.mjs` prints the
// expected output that run.ts records); also checked against Uint32Array.sort.
const N = 100000, v = new Uint32Array(N);
let x = 2463534242;
for (let i = 0; i < N; i++) { x = (x ^ (x << 13)) >>> 0; x = (x ^ (x >>> 17)) >>> 0; x = (x ^ (x << 5)) >>> 0; v[i] = x; }
const ref = v.slice().sort();
let maxDepth = 0;
function qs(lo, hi, d) {
  if (d > maxDepth) maxDepth = d;
  if (lo >= hi) return;
  const p = v[lo + ((hi - lo) >> 1)];
  let i = lo - 1, j = hi + 1;
  for (;;) { do i++; while (v[i] < p); do j--; while (v[j] > p); if (i >= j) break; const t = v[i]; v[i] = v[j]; v[j] = t; }
  qs(lo, j, d + 1); qs(j + 1, hi, d + 1);
}
qs(0, N - 1, 0);
for (let i = 0; i < N; i++) if (v[i] !== ref[i]) throw new Error("not sorted");
let sum = 0; for (let i = 0; i < N; i++) sum = (sum + Math.imul(v[i], i + 1)) >>> 0;
console.error("max depth", maxDepth);
console.log(JSON.stringify(`${sum} sorted\n`));
