/** Characters Windows refuses in file names, plus control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu
/** Invisible in a name yet able to change how it reads (U+202E shows it reversed): dropped, not replaced. */
const INVISIBLE = /[\p{Cf}\p{Cs}\uFFFE\uFFFF]/gu

/** A draft name made usable as a file name on every desktop OS. */
export function safeFileName(name: string, fallback = '年度报告'): string {
  // 80 characters, counted by code point so a pair is never cut in two
  const cleaned = [...name.replace(INVISIBLE, '').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim()].slice(0, 80).join('').trim()
  return cleaned || fallback
}

/**
 * Saves text (or a Blob) as a file through a temporary object URL and <a download>.
 * Returns false instead of throwing where the browser cannot, so the caller can say so.
 */
export function downloadText(content: string | Blob, fileName: string, type = 'application/json;charset=utf-8'): boolean {
  try {
    const blob = typeof content === 'string' ? new Blob([content], { type }) : content
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    a.rel = 'noopener'
    document.body.append(a)
    a.click()
    a.remove()
    // revoking at once can cancel the download in some browsers
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return true
  } catch {
    return false
  }
}
