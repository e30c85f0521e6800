'use client'
export function WorkflowPanel() {
  return null
}
