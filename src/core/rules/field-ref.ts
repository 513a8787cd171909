/**
 * The field a problem about a part-一 sub-section names, by the sub-section's id (stable while sections
 * move; the editor marks each sub-section with it as data-field, and finds it there).
 */
export function subsectionRef(id: string): `overview.${string}` {
  return `overview.${id}`
}
