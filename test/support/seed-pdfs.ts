/**
 * PDFs of the seed reports as the app prints them: seed text → parseReportText → DocModel → the app's
 * .docx (render-docx) → LibreOffice → PDF. Made by the tests, cached under test-results/pdf-fixtures by
 * a hash of the .docx's parts, so a changed renderer makes new PDFs and an unchanged one costs nothing.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
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

/** A .docx written to a PDF by LibreOffice, reusing the cached PDF of identical bytes. */
export async function docxToPdf(name: string, docx: Uint8Array, lo?: Office): Promise<Uint8Array> {
  mkdirSync(PDF_FIXTURES, { recursive: true })
  // docProps carry the time of writing: hash the other parts
  const hasher = createHash('sha256')
  for (const [part, data] of Object.entries(unzipSync(docx)).sort(([p], [q]) => p.localeCompare(q))) if (!part.startsWith('docProps/')) hasher.update(part).update(data)
  const hash = hasher.digest('hex').slice(0, 16)
  const pdf = resolve(PDF_FIXTURES, `${name}-${hash}.pdf`)
  if (!existsSync(pdf)) {
    const own = lo ?? office(PDF_FIXTURES)
    try {
      const docxFile = resolve(PDF_FIXTURES, `${name}-${hash}.docx`)
      writeFileSync(docxFile, docx)
      await own.toPdf(docxFile)
    } finally {
      if (!lo) own.dispose()
    }
  }
  return new Uint8Array(readFileSync(pdf))
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
