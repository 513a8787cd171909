import { buildDocModel } from '../../../src/core/document/build-doc-model'
import { evaluate } from '../../../src/core/rules/evaluate'
import { DOCX_MIME, renderDocx } from '../../../src/features/export/render-docx'
import { format2021 } from '../../../templates/format-2021'
import { filledContent } from '../../builders'

// the browser path (jsdom here): what the download button saves
describe('renderDocx', () => {
  it('gives a .docx Blob', async () => {
    const content = filledContent(format2021)
    const blob = await renderDocx(buildDocModel(format2021, content, evaluate(format2021, content)))
    expect(blob.type).toBe(DOCX_MIME)
    const head = new Uint8Array(await blob.arrayBuffer()).slice(0, 2)
    expect(String.fromCharCode(...head)).toBe('PK')
  })
})
