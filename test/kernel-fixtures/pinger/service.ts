// The service number the answering pinger (main.ts) is registered under; shared with the
// kernel that registers it. No code.

export const PONG_SERVICE: u32 = 11;
