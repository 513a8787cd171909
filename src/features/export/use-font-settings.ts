import { useCallback, useState } from 'react'
import { BODY_FONTS, DEFAULT_FONTS, TITLE_FONTS, type DocFonts } from '../../core/document/fonts'

const KEY = 'nianbao-fonts'

function load(): DocFonts {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null')
    if (raw && typeof raw === 'object' && 'body' in raw && 'title' in raw) {
      const body = BODY_FONTS.find((f) => f === raw.body)
      const title = TITLE_FONTS.find((f) => f === raw.title)
      if (body && title) return { body, title }
    }
  } catch {
    // a damaged setting falls back to the defaults
  }
  return DEFAULT_FONTS
}

/** Font names for the .docx and the preview, remembered on this PC (PCs differ in what they have). */
export function useFontSettings(): [DocFonts, (f: DocFonts) => void] {
  const [fonts, setFonts] = useState(load)
  const save = useCallback((f: DocFonts) => {
    setFonts(f)
    try {
      localStorage.setItem(KEY, JSON.stringify(f))
    } catch {
      // private mode: the choice lasts for this visit only
    }
  }, [])
  return [fonts, save]
}
