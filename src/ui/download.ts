/** Characters Windows refuses in file names, plus control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu

/** A draft name made usable as a file name on every desktop OS. */
export function safeFileName(name: string, fallback = '年度报告'): string {
  const cleaned = name.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 80)
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
