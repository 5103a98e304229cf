// tskc's version, as `tskc --version` prints it and the images' producer strings name it.
// In: nothing. Out: the version string. A module of its own so that the command line can
// print it, and boot a built image, without loading the compiler (and TypeScript).

export const VERSION = "0.1.0";
