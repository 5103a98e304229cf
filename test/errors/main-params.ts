// main receives eax and ebx whole from the boot stub: its parameters are 32 bits.
export function main(magic: u8, info: bool): void {}
