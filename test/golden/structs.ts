// Structs: C layout and packed layout, static instances, arrays of structs, views
// over raw memory with changetype, methods with `this`, sizeof and offsetof.
import { print, printHex, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

/** A GDT entry: the classic 8-byte descriptor. */
@unmanaged
class GdtEntry {
  limitLow: u16;
  baseLow: u16;
  baseMiddle: u8;
  access: u8;
  granularity: u8;
  baseHigh: u8;

  set(base: u32, limit: u32, access: u8, flags: u8): void {
    this.limitLow = u16(limit);
    this.baseLow = u16(base);
    this.baseMiddle = u8(base >> 16);
    this.access = access;
    this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    this.baseHigh = u8(base >> 24);
  }

  base(): u32 {
    return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
  }
}

@unmanaged
class Padded {
  tag: u8;
  value: u32;
  flag: bool;
}

@packed
class Pointer {
  limit: u16;
  base: u32;
}

const gdt = new StaticArray<GdtEntry>(3);
const pointer = new Pointer();

function show(label: string, n: u32): void {
  print(label);
  printU32(n);
  println("");
}

export function main(): void {
  show("sizeof GdtEntry ", sizeof<GdtEntry>());
  show("sizeof Padded ", sizeof<Padded>());
  show("offsetof Padded.value ", offsetof<Padded>("value"));
  show("offsetof Padded.flag ", offsetof<Padded>("flag"));
  show("sizeof Pointer ", sizeof<Pointer>());
  show("offsetof Pointer.base ", offsetof<Pointer>("base"));

  gdt[1].set(0, 0xfffff, 0x9a, 0xc);
  gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
  const raw = changetype<usize>(gdt);
  print("entry 1 ");
  printHex(load<u32>(raw, 12));
  print(" ");
  printHex(load<u32>(raw, 8));
  println("");
  show("entry 2 base ", gdt[2].base());

  pointer.limit = u16(gdt.length * 8 - 1);
  pointer.base = raw;
  const bytes = changetype<usize>(pointer);
  print("pointer ");
  printHex(u32(load<u16>(bytes)));
  print(" ");
  printHex(load<u32>(bytes, 2));
  println(raw == pointer.base ? " (base ok)" : " (base wrong)");

  const view = changetype<Padded>(0x200000);
  view.tag = 7;
  view.value = 0xcafe;
  view.flag = true;
  show("view.value ", view.value);
  print("view bytes ");
  printHex(load<u32>(0x200000));
  print(" ");
  printHex(load<u32>(0x200004));
  println(view.flag ? " flag set" : " flag clear");
  exit(0);
}
