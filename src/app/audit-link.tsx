/** From the draft list to 审核: many reports at once (a supervising office's review). */
export function AuditLink() {
  return (
    <p className="audit-link">
      <a href="#/audit">审核多份报告（批量勾稽校验、汇总）→</a>
    </p>
  )
}
