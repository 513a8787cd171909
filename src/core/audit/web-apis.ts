/**
 * The two Web APIs core uses here, typed by hand: core's tsconfig has neither DOM nor node types, and
 * both exist alike in browsers, Web Workers and node 20 (globalThis.crypto, TextEncoder/TextDecoder).
 */
interface WebApis {
  readonly crypto: { readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } }
  readonly TextEncoder: new () => { encode(text: string): Uint8Array }
  readonly TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string }
}

const web = globalThis as unknown as WebApis

export function sha256(bytes: Uint8Array): Promise<ArrayBuffer> {
  return web.crypto.subtle.digest('SHA-256', bytes)
}

export function utf8Encode(text: string): Uint8Array {
  return new web.TextEncoder().encode(text)
}

let decoder: { decode(bytes: Uint8Array): string } | undefined

/** UTF-8 text; invalid sequences become U+FFFD rather than an exception. One decoder for all calls (a new one per file cost a fifth of the decoding). */
export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= new web.TextDecoder('utf-8')
  return decoder.decode(bytes)
}
