/**
 * PDFs of the seed reports as the app prints them: seed text → readText → importDocument → DocModel → the app's
 * .docx (render-docx) → LibreOffice → PDF. Made by the tests, cached under test-results/pdf-fixtures by
 * a hash of the .docx's parts, so a changed renderer makes new PDFs and an unchanged one costs nothing.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { unzipSync } from 'fflate'
import { buildDocModel } from '../../src/core/document/build-doc-model'
import type { DocModel, DocTable } from '../../src/core/document/types'
import { evaluate } from '../../src/core/rules/evaluate'
import { renderDocxBuffer } from '../../src/features/export/render-docx'
import { format2021 } from '../../templates/format-2021'
import { loadSeed, type SeedName } from '../fixtures/seeds'
import { office, type Office } from '../office/libreoffice'

export const PDF_FIXTURES = resolve('test-results/pdf-fixtures')

/** The DocModel the app prints for a seed. */
export function seedModel(name: SeedName): DocModel {
  const { content } = loadSeed(name)
  return buildDocModel(format2021, content, evaluate(format2021, content))
}

/** LibreOffice's PDF export with an open password (the file cannot be read without it). */
export const PASSWORD_EXPORT = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"x"}}'

/** A .docx written to a PDF by LibreOffice, reusing the cached PDF of identical bytes. */
export async function docxToPdf(name: string, docx: Uint8Array, lo?: Office, exportFilter?: string): Promise<Uint8Array> {
  mkdirSync(PDF_FIXTURES, { recursive: true })
  // docProps carry the time of writing: hash the other parts
  const hasher = createHash('sha256')
  for (const [part, data] of Object.entries(unzipSync(docx)).sort(([p], [q]) => p.localeCompare(q))) if (!part.startsWith('docProps/')) hasher.update(part).update(data)
  const hash = hasher.digest('hex').slice(0, 16)
  const base = resolve(PDF_FIXTURES, `${name}-${hash}${exportFilter ? '-' + createHash('sha256').update(exportFilter).digest('hex').slice(0, 6) : ''}`)
  const pdf = `${base}.pdf`
  if (!existsSync(pdf)) {
    const own = lo ?? office(PDF_FIXTURES)
    try {
      const docxFile = `${base}.docx`
      writeFileSync(docxFile, docx)
      if (exportFilter) await convertWith(docxFile, exportFilter)
      else await own.toPdf(docxFile)
    } finally {
      if (!lo) own.dispose()
    }
  }
  return new Uint8Array(readFileSync(pdf))
}

/** soffice with an export filter and its options, in a profile of its own. */
async function convertWith(docx: string, filter: string) {
  const profile = mkdtempSync('/tmp/lo-')
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', filter, '--outdir', PDF_FIXTURES, docx]
    await promisify(execFile)('soffice', args, { timeout: 50_000 })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

/** The seed's PDF as printed from the app's own .docx. */
export async function seedPdf(name: SeedName, lo?: Office): Promise<Uint8Array> {
  return docxToPdf(`app-${name}`, await renderDocxBuffer(seedModel(name)), lo)
}

/** A DocModel table expanded to its grid: every slot a merged cell covers holds its text; origin in its top-left. */
export function expandDocTable(table: DocTable): { text: string; origin: boolean }[][] {
  const grid: { text: string; origin: boolean }[][] = table.rows.map(() => [])
  table.rows.forEach((row, r) => {
    let c = 0
    for (const cell of row.cells) {
      while (grid[r]![c] !== undefined) c += 1
      for (let dr = 0; dr < cell.rowSpan; dr += 1)
        for (let dc = 0; dc < cell.colSpan; dc += 1) (grid[r + dr] ??= [])[c + dc] = { text: cell.text, origin: dr === 0 && dc === 0 }
      c += cell.colSpan
    }
  })
  return grid
}
