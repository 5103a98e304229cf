// An anonymous class: a struct needs a name for its methods and its type.
@unmanaged
export default class {
  x: u32;
  get(): u32 { return this.x; }
}

export function main(): void {}
