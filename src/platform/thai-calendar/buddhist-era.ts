/**
 * Thai official documents count years in the Buddhist Era (พ.ศ.). Since 1941 the Thai year
 * starts on 1 January, so the offset is a constant 543 for every date this system handles
 * (older documents with an April new year are out of scope).
 */
export const BE_OFFSET = 543

export function ceToBe(ceYear: number): number {
  return ceYear + BE_OFFSET
}

export function beToCe(beYear: number): number {
  return beYear - BE_OFFSET
}
