import { lazy, Suspense, type ComponentProps } from 'react'

// The year-over-year aids load with the editor, in their own chunk: the first screen (the draft list)
// does not need them, and it has a JavaScript budget.
const Bar = lazy(() => import('./last-year-bar').then((m) => ({ default: m.LastYearBar })))
const Aids = lazy(() => import('./last-year-text').then((m) => ({ default: m.SubsectionAids })))
const Measures = lazy(() => import('./last-year-measures').then((m) => ({ default: m.LastYearMeasures })))

export function LastYearBar(props: ComponentProps<typeof Bar>) {
  return (
    <Suspense fallback={null}>
      <Bar {...props} />
    </Suspense>
  )
}

export function SubsectionAids(props: ComponentProps<typeof Aids>) {
  return (
    <Suspense fallback={null}>
      <Aids {...props} />
    </Suspense>
  )
}

export function LastYearMeasures(props: ComponentProps<typeof Measures>) {
  return (
    <Suspense fallback={null}>
      <Measures {...props} />
    </Suspense>
  )
}
