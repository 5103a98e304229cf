// Shareable state: the project in the page's URL. In: the example's name and the files
// that differ from the bundled ones. Out: a URL fragment (#s=…) holding them as
// deflate-compressed JSON in base64url, and back. Compression is the browser's own
// CompressionStream, so no library is needed for it. Only changed files are kept: a link
// to an unedited SimpleOS stays short, and an edited one carries its edits.

export interface SharedState {
  example: string;
  changed: Record<string, string>;
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeState(state: SharedState): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(state)), new CompressionStream("deflate-raw"));
  let binary = "";
  for (const b of packed) binary += String.fromCharCode(b);
  return "s=" + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The state in a fragment from encodeState, or undefined for any other fragment. */
export async function decodeState(fragment: string): Promise<SharedState | undefined> {
  const match = /^#?s=([A-Za-z0-9_-]+)$/.exec(fragment);
  if (!match) return undefined;
  try {
    const binary = atob(match[1].replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const state = JSON.parse(new TextDecoder().decode(await pipe(bytes, new DecompressionStream("deflate-raw")))) as SharedState;
    return typeof state.example === "string" && typeof state.changed === "object" ? state : undefined;
  } catch {
    return undefined; // a damaged link loads the default example
  }
}
