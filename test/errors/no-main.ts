// A kernel must say where it starts.
function main(): void {}
