import type { FeeFields } from './types'

/** `{id}` in a fee sentence: the figure of field `id` (checkTemplate checks every one names a field). */
export const FEE_PLACEHOLDER = /\{([^{}]+)\}/g

/** The field ids a fee sentence names, in order. */
export function sentenceFieldIds(fees: Pick<FeeFields, 'sentence'>): string[] {
  return [...fees.sentence.matchAll(FEE_PLACEHOLDER)].map((m) => m[1] ?? '')
}
