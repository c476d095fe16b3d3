import type { Answers } from './form-answers.ts'
import { answerText, isBlank, sameAnswer } from './form-answers.ts'
import type { FormDefinition, Localised } from './form-definition.ts'
import { answerableItems } from './form-definition.ts'

export type ItemChange = { itemId: string; number: string; title: Localised; before: string; after: string }

/** What changed item by item between two answer sets of one definition (a resubmission for its reviewer). */
export function diffAnswers(def: FormDefinition, before: Answers, after: Answers, locale: 'th' | 'en' = 'th'): ItemChange[] {
  const changes: ItemChange[] = []
  for (const item of answerableItems(def)) {
    if (sameAnswer(before[item.id], after[item.id])) continue
    changes.push({ itemId: item.id, number: item.number, title: item.title, before: answerText(before[item.id], locale), after: answerText(after[item.id], locale) })
  }
  return changes
}

/** The item ids whose answers differ: the ones a save writes history for. */
export function changedItemIds(before: Answers, after: Answers): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...ids].filter((id) => {
    // A blank control sent for an item never answered is not an answer.
    if (before[id] === undefined && isBlank(after[id])) return false
    return !sameAnswer(before[id], after[id]) || JSON.stringify(before[id] ?? null) !== JSON.stringify(after[id] ?? null)
  })
}
