/** Small text helpers shared by the importer (spec §8 Q3, Q6, Q7, Q10). */

/**
 * The key used to compare labels and headings: NFKC (full-width digits and parentheses become ASCII,
 * so `(二)` and `（二）` agree, Q10; Kangxi radicals such as ⼀ become 一, Q18) with every whitespace
 * removed (`商业\n企业`, `总 计`, NBSP; Q3, Q4).
 */
export function canonical(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '')
}

const NUMBERING = /^(?:\d+[.、]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/

/** A looser key for labels: no numbering prefix, no punctuation (parenthesised words are kept). */
export function looseKey(label: string): string {
  return canonical(label)
    .replace(NUMBERING, '')
    .replace(/[“”"'‘’「」、，,。.：:；;()]/g, '')
}

/** Q6: Word's hidden `[bookmark: _GoBack]` rendered as text. */
export function stripBookmarks(s: string): string {
  return s.replace(/\[bookmark:[^\]]*\]/g, '')
}

/** Q7: leading U+3000/ASCII spaces and long trailing runs are not indentation; String#trim covers both. */
export function cleanLine(s: string): string {
  return stripBookmarks(s).trim()
}

/** Paragraphs joined with '\n', each trimmed, empty ones dropped. */
export function joinParagraphs(lines: readonly string[]): string {
  return lines
    .map(cleanLine)
    .filter((l) => l !== '')
    .join('\n')
}

/** Shortens a text for a message. */
export function excerpt(s: string, max = 20): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max)}…` : t
}
