import { describe, expect, it } from 'vitest'
import { chooseScheme } from './oit-scheme.domain.ts'

describe('choosing the scheme a page shows', () => {
  const available = ['moph-moit', 'nacc-ita', 'obec-ita-online']
  it('takes the one asked for when it exists', () => {
    expect(chooseScheme('obec-ita-online', available)).toBe('obec-ita-online')
    expect(chooseScheme('no-such', available)).toBe('nacc-ita')
    expect(chooseScheme('../x', available)).toBe('nacc-ita')
  })
  it('defaults to the scheme the agency works in, then the NACC one, then any', () => {
    expect(chooseScheme(undefined, available, ['moph-moit'])).toBe('moph-moit')
    expect(chooseScheme('', available, ['gone', 'nacc-ita'])).toBe('nacc-ita')
    expect(chooseScheme(undefined, ['moph-moit'])).toBe('moph-moit')
  })
})
