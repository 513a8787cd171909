import type { Topic } from '../template/types'
import type { Basis } from '../values/types'

type Section = Basis['overview'][number]

/** Last year's sub-section for this one: the same topic, else the same title. */
export function lastYearSection(basis: Basis, sub: { topicId?: string; title: string }): Section | undefined {
  return (sub.topicId ? basis.overview.find((s) => s.topicId === sub.topicId) : undefined) ?? basis.overview.find((s) => s.title.trim() !== '' && s.title.trim() === sub.title.trim())
}

/** The topic a sub-section is about: its own, or one whose name its title contains (「依申请公开依法规范」). */
export function topicOf(topics: readonly Topic[], sub: { topicId?: string; title: string }): Topic | undefined {
  return topics.find((t) => t.id === sub.topicId) ?? topics.find((t) => sub.title.includes(t.title))
}

const MEASURES_START = /下一步|改进措施|整改|改进情况|今后|下一年|将(?:进一步|继续|持续)/u

/**
 * The improvement measures last year's part 五 announced: the paragraphs from the first that speaks of
 * next steps (「下一步，…」「改进措施」) on; the whole part when none does.
 */
export function improvementMeasures(problems: string): string[] {
  const paragraphs = problems
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter(Boolean)
  const from = paragraphs.findIndex((p) => MEASURES_START.test(p))
  return from < 0 ? paragraphs : paragraphs.slice(from)
}
