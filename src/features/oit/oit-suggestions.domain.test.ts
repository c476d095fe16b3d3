import { describe, expect, it } from 'vitest'
import { builtInCatalogue } from './oit-catalogue.data.ts'
import { findItem, NACC_ITA_SCHEME, type OitCatalogue } from './oit-catalogue.domain.ts'
import { modulePagePath, pickSuggestedContent, suggestTarget } from './oit-suggestions.domain.ts'

const fy2569 = builtInCatalogue(NACC_ITA_SCHEME, 2569) as OitCatalogue
const fy2565 = builtInCatalogue(NACC_ITA_SCHEME, 2565) as OitCatalogue
const sectionOf = (c: OitCatalogue, code: string) => suggestTarget(findItem(c, code)!)

describe('suggesting portal content for an OIT item', () => {
  it('sends the modules’ items to the section that feeds them', () => {
    expect(sectionOf(fy2569, 'O18')).toEqual({ section: 'complaints', complaintStatistics: true })
    expect(sectionOf(fy2569, 'O16')).toEqual({ section: 'complaints' })
    expect(sectionOf(fy2569, 'O11')).toEqual({ section: 'procurement-summary', modulePage: 'procurement-monthly' })
    expect(sectionOf(fy2565, 'O21')).toEqual({ section: 'procurement-plan', modulePage: 'procurement-plan' })
    expect(sectionOf(fy2569, 'O8')).toEqual({ section: 'officer-manuals' })
    expect(sectionOf(fy2569, 'O9')).toEqual({ section: 'service-manuals' })
    expect(sectionOf(fy2569, 'O14')).toEqual({ section: 'hr' })
    expect(sectionOf(fy2569, 'O22')).toEqual({ section: 'integrity' })
    expect(sectionOf(fy2565, 'O34')).toEqual({ section: 'integrity' })
    expect(sectionOf(fy2565, 'O11')).toEqual({ section: 'reports' })
  })

  it('points items the structured modules answer at their public pages, for the content’s fiscal year', () => {
    const page = (c: OitCatalogue, code: string) => {
      const item = findItem(c, code)!
      const target = suggestTarget(item)
      return target?.modulePage ? modulePagePath(target.modulePage, 'wiang-thong', item, c.fiscalYear) : null
    }
    expect(page(fy2565, 'O18')).toBe('/o/wiang-thong/budget/2565') // spending plan
    expect(page(fy2565, 'O20')).toBe('/o/wiang-thong/budget/2565') // annual spending report
    expect(page(fy2565, 'O21')).toBe('/o/wiang-thong/procurement/plan/2565')
    expect(page(fy2565, 'O23')).toBe('/o/wiang-thong/procurement/monthly/2565')
    expect(page(fy2569, 'O11')).toBe('/o/wiang-thong/procurement/monthly/2569')
    expect(page(fy2569, 'O12')).toBe('/o/wiang-thong/procurement/annual/2568') // previous year's report
    expect(page(fy2569, 'O1')).toBe('/o/wiang-thong/executives')
    expect(page(fy2569, 'O2')).toBe('/o/wiang-thong/executives')
    const noGift = fy2569.items.find((i) => /no gift/i.test(i.nameEn))!
    expect(page(fy2569, noGift.code)).toBe('/o/wiang-thong/donations') // the No Gift policy with the donations accepted
    expect(page(fy2565, 'O22')).toBeNull() // announcements: no module page
    expect(page(fy2565, 'O34')).toBeNull() // integrity intent of executives
  })

  it('suggests nothing where no section obviously fits', () => {
    expect(sectionOf(fy2565, 'O16')).toBeNull() // satisfaction survey
    expect(sectionOf(fy2569, 'O10')).toBeNull() // e-service
  })

  it('prefers published content of an accepted fiscal year, then the newest', () => {
    const item = findItem(fy2569, 'O11')!
    const at = (d: number) => new Date(Date.UTC(2026, 0, d))
    const candidates = [
      { id: 'old-year-newest', section: 'procurement-summary', fiscalYear: 2568, published: true, updatedAt: at(20) },
      { id: 'right-year-draft', section: 'procurement-summary', fiscalYear: 2569, published: false, updatedAt: at(25) },
      { id: 'right-year', section: 'procurement-summary', fiscalYear: 2569, published: true, updatedAt: at(10) },
      { id: 'other-section', section: 'news', fiscalYear: 2569, published: true, updatedAt: at(30) },
    ]
    expect(pickSuggestedContent(item, 2569, suggestTarget(item), candidates)?.id).toBe('right-year')
    expect(pickSuggestedContent(item, 2569, suggestTarget(item), candidates.filter((c) => c.id !== 'right-year'))?.id).toBe('old-year-newest')
    expect(pickSuggestedContent(item, 2569, null, candidates)).toBeUndefined()
  })
})
