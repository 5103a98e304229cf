// Plain JS reference for bench/programs/interp.ts (`node bench/reference/interp.mjs` prints the
// expected output that run.ts records): the same byte code, interpreted,
// and the same loop written out directly; both must agree.
const [Halt, PushC, Load, Store, Add, Sub, Mul, And, Xor, Shr, Lt, Jz, Jmp, Dup] = [...Array(14).keys()];
const N = 100000;
const consts = [0, 1, 2463534242, N, 1103515245, 12345, 16];
const code = [
  PushC, 0, Store, 0, PushC, 2, Store, 1, PushC, 0, Store, 2, PushC, 0, Store, 3,
  Load, 0, PushC, 3, Lt, Jz, 67,
  Load, 1, PushC, 4, Mul, PushC, 5, Add, Dup, Store, 1,
  PushC, 6, Shr,
  Dup, PushC, 1, And, Jz, 50,
  Load, 2, Add, Store, 2, Jmp, 58,
  Load, 3, Xor, Load, 0, Sub, Store, 3,
  Load, 0, PushC, 1, Add, Store, 0, Jmp, 16,
  Halt,
];
if (code.length !== 68) throw new Error("length " + code.length);
const vars = [0, 0, 0, 0], st = [];
let pc = 0, steps = 0;
for (;;) {
  const op = code[pc]; steps++;
  if (op === Halt) break;
  let b;
  switch (op) {
    case PushC: st.push(consts[code[pc + 1]]); pc += 2; break;
    case Load: st.push(vars[code[pc + 1]]); pc += 2; break;
    case Store: vars[code[pc + 1]] = st.pop(); pc += 2; break;
    case Add: b = st.pop(); st.push((st.pop() + b) >>> 0); pc++; break;
    case Sub: b = st.pop(); st.push((st.pop() - b) >>> 0); pc++; break;
    case Mul: b = st.pop(); st.push(Math.imul(st.pop(), b) >>> 0); pc++; break;
    case And: b = st.pop(); st.push((st.pop() & b) >>> 0); pc++; break;
    case Xor: b = st.pop(); st.push((st.pop() ^ b) >>> 0); pc++; break;
    case Shr: b = st.pop(); st.push(st.pop() >>> (b & 31)); pc++; break;
    case Lt: b = st.pop(); st.push(st.pop() < b ? 1 : 0); pc++; break;
    case Jz: pc = st.pop() === 0 ? code[pc + 1] : pc + 2; break;
    case Jmp: pc = code[pc + 1]; break;
    case Dup: st.push(st[st.length - 1]); pc++; break;
    default: throw new Error("op " + op);
  }
}
// Direct version
let x = 2463534242, odd = 0, even = 0;
for (let i = 0; i < N; i++) {
  x = (Math.imul(x, 1103515245) + 12345) >>> 0;
  const t = x >>> 16;
  if (t & 1) odd = (odd + t) >>> 0; else even = ((t ^ even) - i) >>> 0;
}
if (odd !== vars[2] || even !== vars[3]) throw new Error("direct differs");
console.log(JSON.stringify(`${vars[2]} ${vars[3]} ${steps}\n`));
