import type { ColumnLeaf, ColumnNode, RowLeaf, RowNode } from './types'

/** A leaf with the labels of the groups above it, outermost first. */
export interface LeafWithPath<T> {
  readonly leaf: T
  readonly groups: readonly string[]
}

export function columnLeaves(nodes: readonly ColumnNode[], groups: readonly string[] = []): LeafWithPath<ColumnLeaf>[] {
  return nodes.flatMap((n) =>
    n.kind === 'column' ? [{ leaf: n, groups }] : columnLeaves(n.children, [...groups, n.label]),
  )
}

export function rowLeaves(nodes: readonly RowNode[], groups: readonly string[] = []): LeafWithPath<RowLeaf>[] {
  return nodes.flatMap((n) => (n.kind === 'row' ? [{ leaf: n, groups }] : rowLeaves(n.children, [...groups, n.label])))
}

/** Number of levels: a leaf is 1, a group is 1 + its deepest child. */
export function depth(nodes: readonly (ColumnNode | RowNode)[]): number {
  let max = 0
  for (const n of nodes) {
    const d = n.kind === 'column' || n.kind === 'row' ? 1 : 1 + depth(n.children)
    if (d > max) max = d
  }
  return max
}

/** Number of leaves below a node. */
export function breadth(node: ColumnNode | RowNode): number {
  if (node.kind === 'column' || node.kind === 'row') return 1
  let n = 0
  for (const c of node.children) n += breadth(c)
  return n
}
