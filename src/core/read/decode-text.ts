/**
 * The platform's TextDecoder (browsers, workers and node all have it, GBK/GB18030 included) seen through
 * a minimal type: src/core compiles without DOM or node types.
 */
interface Decoder {
  decode(input: Uint8Array): string
}
type DecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder

const Ctor = (globalThis as unknown as { TextDecoder: DecoderCtor }).TextDecoder

/** Decodes bytes; undefined when the label is unknown, or (fatal) when the bytes are not valid in it. */
export function decodeBytes(bytes: Uint8Array, label: string, fatal = false): string | undefined {
  try {
    return new Ctor(label, { fatal }).decode(bytes)
  } catch {
    return undefined
  }
}

/** UTF-8 with replacement characters for invalid bytes (never fails). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decodeBytes(bytes, 'utf-8') ?? ''
}
