// Struct misuse: each reported with what to write instead.
@unmanaged
class Device {
  port: u16 = 0x3f8;
  constructor() {}
  static count: u32;
}

class Plain {
  x: u32;
}

const dev = new Device();

export function main(): void {
  const local = new Device();
  const n = offsetof<Device>("nothing");
}
