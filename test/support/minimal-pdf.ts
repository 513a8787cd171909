/**
 * Small PDFs written byte for byte by the tests: objects numbered from 1, a correct cross-reference
 * table, so pdf.js reads them without repairing.
 */

/** A PDF from its objects' bodies (object 1 must be the catalog). */
export function minimalPdf(objects: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

const stream = (content: string, dict = '') => `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`

/** One A4 page showing only a grey image, as a scanner makes: no text at all. */
export function scannedPdf(): Uint8Array {
  const pixels = 'ffeeddccbbaa99887766554433221100'
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 495 0 0 742 50 50 cm /Im1 Do Q'),
    stream(`${pixels}>`, '/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode'),
  ])
}

/**
 * One page of text in Helvetica at the given positions (y up), drawing the given lines: enough to
 * check line rebuilding and ruled tables without a word processor's choices in between.
 */
export function textPdf(texts: readonly { x: number; y: number; text: string; size?: number }[], rules: readonly [number, number, number, number][] = []): Uint8Array {
  const show = texts.map((t) => `BT /F1 ${t.size ?? 10} Tf ${t.x} ${t.y} Td (${t.text.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n')
  const draw = rules.map(([x1, y1, x2, y2]) => `${x1} ${y1} m ${x2} ${y2} l S`).join('\n')
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(`0.5 w\n${draw}\n${show}`),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ])
}

/**
 * One page of Chinese in a font the file does not embed (STSong-Light, UniGB-UCS2-H): pdf.js can read
 * it only with its CMaps, so this checks they are found (in the browser: fetched from our own origin).
 */
export function cjkPdf(lines: readonly string[]): Uint8Array {
  const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')
  const show = lines.map((l, i) => `BT /F1 16 Tf 80 ${760 - 30 * i} Td <${hex(l)}> Tj ET`).join('\n')
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(show),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ])
}
