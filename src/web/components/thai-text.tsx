import { thaiWordBreaks } from '../thai-words.ts'

/** Text that breaks only between whole Thai words (see thai-words.ts); escaped like any child. */
export function ThaiText({ text }: { text: string }) {
  const safeWords = thaiWordBreaks(text)
  return <>{safeWords}</>
}
