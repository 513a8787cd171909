import { render, screen } from '@testing-library/react'
import { ReportEditor } from '../../../src/features/editor/report-editor'
import { format2021 } from '../../../templates/format-2021'
import { filledContent } from '../../builders'

describe('a table’s width on screen comes from its template', () => {
  it('表四 (screenWidth: wide) gets the wide class, the others the normal one', () => {
    render(<ReportEditor template={format2021} initial={filledContent(format2021)} onChange={() => {}} />)
    for (const p of format2021.parts) {
      if (p.kind !== 'table') continue
      const width = 'screenWidth' in p.table ? p.table.screenWidth : 'normal'
      expect(screen.getByRole('table', { name: p.table.name })).toHaveClass('report-table', `report-table-${width}`)
    }
    expect(screen.getByRole('table', { name: '表四' })).toHaveClass('report-table-wide')
  })
})
