/**
 * Helpers for the real-word-processor tests: convert a .docx with LibreOffice headless, read the PDF
 * back with poppler, and render a page to PNG. Each test file uses its own LibreOffice profile
 * (-env:UserInstallation), so parallel runs never share (and lock) one.
 */
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { SHARED_DIR } from '../paths'

const run = promisify(execFile)

const TOOLS = ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'] as const

/** Why the office tests cannot run here, or undefined when LibreOffice and poppler are installed. */
export function missingTools(): string | undefined {
  const missing = TOOLS.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0)
  if (missing.length === 0) return undefined
  return `${missing.join(', ')} not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk`
}

/**
 * A fontconfig file for a serif render: the shared one (仿宋_GB2312, 方正小标宋简体 and 宋体 →
 * Noto Serif CJK SC) plus the faces it lacks: 仿宋 (our default body font) and 楷体 → Noto Serif CJK
 * SC, 黑体 → Noto Sans CJK SC; and Times New Roman (digits and Latin text) → Noto Serif CJK SC,
 * whose figures are about as wide, where fontconfig's own fallback (DejaVu Serif) is a quarter wider
 * and wraps a five-digit 总计 that fits in Word. Written with absolute paths.
 */
export function writeFontconfig(dir: string): string {
  const shared = resolve(SHARED_DIR, 'notes', 'fontconfig-preview.conf')
  const alias = (from: string, to: string) => `
  <match target="pattern">
    <test name="family"><string>${from}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${to}</string></edit>
  </match>`
  const file = join(dir, 'fontconfig.conf')
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  ${existsSync(shared) ? `<include ignore_missing="yes">${shared}</include>` : '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'}
  ${['仿宋', '楷体', '楷体_GB2312'].map((f) => alias(f, 'Noto Serif CJK SC')).join('')}
  ${alias('黑体', 'Noto Sans CJK SC')}
  ${alias('Times New Roman', 'Noto Serif CJK SC')}
</fontconfig>
`,
  )
  return file
}

export interface Office {
  /** converts `docx` to a PDF beside it; rejects with soffice's output when it fails or writes no PDF */
  readonly toPdf: (docx: string) => Promise<string>
  readonly dispose: () => void
}

export function office(outDir: string): Office {
  const profile = mkdtempSync('/tmp/lo-')
  const fontconfig = writeFontconfig(profile)
  const env = { ...process.env, FONTCONFIG_FILE: fontconfig }
  return {
    async toPdf(docx) {
      const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', outDir, docx]
      const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'))
      rmSync(pdf, { force: true })
      // a non-zero exit makes execFile reject, with stdout and stderr on the error
      const { stdout, stderr } = await run('soffice', args, { env, timeout: 50_000 })
      if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${docx}:\n${stdout}\n${stderr}`)
      return pdf
    },
    dispose() {
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf])
  const m = /^Pages:\s+(\d+)/m.exec(stdout)
  if (!m) throw new Error(`pdfinfo: no page count for ${pdf}`)
  return Number(m[1])
}

/** The text of each page, in content order (-raw: a table cell's wrapped lines stay together). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const pages = stdout.split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** Page 1 at 60 dpi, kept as a test artifact. */
export async function page1Png(pdf: string, png: string): Promise<void> {
  const prefix = png.replace(/\.png$/, '')
  await run('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, prefix])
  if (!existsSync(png)) throw new Error(`pdftoppm wrote no ${png}`)
}

/** 「— 3 —」 alone on a line: the footer. */
export const PAGE_NUMBER_LINE = /^\s*— \d+ —\s*$/gm

/** All whitespace removed: labels and paragraphs wrap inside cells and across lines. */
export const squeeze = (s: string) => s.replace(/\s+/g, '')

/** The body text of the pages, without the page numbers, whitespace removed. */
export function bodyText(pages: readonly string[]): string {
  return squeeze(pages.map((p) => p.replace(PAGE_NUMBER_LINE, '')).join(''))
}

/** Every number printed: 「12」「-3」「10.0125」. */
export function numberTokens(text: string): Set<string> {
  return new Set(text.match(/-?\d+(?:\.\d+)?/g) ?? [])
}
