// A module whose variable test/errors/ignored.ts imports, and must not assign.
export let counter: u32 = 0;
