import { memo } from 'react'
import { BODY_FONTS, TITLE_FONTS, type BodyFont, type DocFonts, type TitleFont } from '../../core/document/fonts'

/** Which font names the Word file asks for; Word substitutes a font the PC lacks. */
export const FontSettings = memo(function FontSettings({ fonts, onChange }: { fonts: DocFonts; onChange: (f: DocFonts) => void }) {
  return (
    <div className="settings" role="group" aria-label="Word 字体设置">
      <label>
        正文字体{' '}
        <select aria-label="正文字体" value={fonts.body} onChange={(e) => onChange({ ...fonts, body: e.currentTarget.value as BodyFont })}>
          {BODY_FONTS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </label>
      <label>
        标题字体{' '}
        <select aria-label="标题字体" value={fonts.title} onChange={(e) => onChange({ ...fonts, title: e.currentTarget.value as TitleFont })}>
          {TITLE_FONTS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </label>
    </div>
  )
})
