// Lines end in \r\n, \r alone, U+2028 and U+2029; frames show the one line of the error.
export function main(): void {  let a: u32 = missingAfterCarriageReturn;   let b: u32 = missingAfterLineSeparator;   let c: u32 = missingAfterParagraphSeparator;
}
