import { createContext, useContext } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { ReportTemplate } from '../../core/template/types'
import type { Basis, ReportContent } from '../../core/values/types'
import type { EvaluationStore } from './evaluation-store'

/** A report the user may attach as last year's: a saved draft (the app lists them). */
export interface BasisCandidate {
  readonly id: string
  readonly name: string
  readonly formatId: string
  readonly content: ReportContent
}

/** What the year-over-year aids (sentences, 上年内容, the basis bar) need from the editor. */
export interface EditorAids {
  readonly template: ReportTemplate
  readonly formats: readonly ReportTemplate[]
  readonly form: UseFormReturn<ReportContent>
  readonly store: EvaluationStore
  /** several form changes made in code, evaluated and saved once */
  readonly batch: (fn: () => void) => void
  readonly announce: (text: string, kind: 'status' | 'alert') => void
  /** the drafts that can be attached as last year's report */
  readonly candidates?: () => Promise<readonly BasisCandidate[]>
}

export const EditorAidsContext = createContext<EditorAids | null>(null)

export function useEditorAids(): EditorAids | null {
  return useContext(EditorAidsContext)
}

/** The basis as the form holds it (undefined when none is attached). */
export function currentBasis(aids: EditorAids): Basis | undefined {
  return aids.form.getValues('basis')
}
