import type { ReportTemplate } from './types'

/**
 * `derive` computed once per template object (templates are constant data): for what code reads from a
 * template on every keystroke or every report of a batch. Held weakly, so a test's template goes with it.
 */
export function perTemplate<T>(derive: (template: ReportTemplate) => T): (template: ReportTemplate) => T {
  const cache = new WeakMap<ReportTemplate, T>()
  return (template) => {
    if (cache.has(template)) return cache.get(template) as T
    const value = derive(template)
    cache.set(template, value)
    return value
  }
}
