import { describe, expect, it } from 'vitest'
import { agencyPublicPages, unreachableReason, type LinkContext } from './oit-links.domain.ts'

const ctx: LinkContext = { baseUrl: 'https://prongsai.example.go.th', publishedKeys: new Set(['abc']), unpublishedKeys: new Set(['draft1']) }

describe('links the public can reach (issue 14)', () => {
  it('refuses local machines, private networks and odd schemes', () => {
    for (const url of ['http://localhost:3000/o/wiang-thong/p/abc', 'http://127.0.0.1/x', 'https://10.1.2.3/x', 'http://192.168.1.5/x', 'http://172.20.0.1/x', 'http://[::1]/x', 'http://intranet/x', 'http://web.local/x', 'ftp://www.example.go.th/x', 'https://user:pw@www.example.go.th/x', 'not a url']) {
      expect(unreachableReason(url, ctx), url).not.toBeNull()
    }
  })

  it('refuses staff pages and unpublished portal items of the platform', () => {
    expect(unreachableReason('https://prongsai.example.go.th/staff/oit?org=x', ctx)?.en).toContain('signed-in staff')
    expect(unreachableReason('https://prongsai.example.go.th/admin/oit', ctx)).not.toBeNull()
    expect(unreachableReason('https://prongsai.example.go.th/o/wiang-thong/p/draft1', ctx)?.en).toContain('not published')
  })

  it('accepts public pages, published items and other public websites', () => {
    for (const url of ['https://prongsai.example.go.th/o/wiang-thong/p/abc', 'https://prongsai.example.go.th/o/wiang-thong/budget/2570', 'https://www.wiangthong.go.th/about', 'http://www.example.go.th/staff/x']) {
      expect(unreachableReason(url, ctx), url).toBeNull()
    }
  })

  it('offers the module pages of the year and the one before', () => {
    const paths = agencyPublicPages('wiang-thong', 2570).map((p) => p.path)
    expect(paths).toContain('/o/wiang-thong/budget/2570')
    expect(paths).toContain('/o/wiang-thong/procurement/annual/2569')
    expect(paths).toContain('/o/wiang-thong/complaints/statistics')
    expect(paths).toContain('/o/wiang-thong/executives')
    expect(paths).toContain('/o/wiang-thong/services')
    // The governance modules publish what the risk-assessment and plan items ask for.
    for (const page of ['webboard', 'comments', 'consultations', 'information', 'information/statistics']) expect(paths).toContain(`/o/wiang-thong/${page}`)
    for (const page of ['risks', 'development-plan', 'performance-evaluation', 'surveys', 'honour-roll', 'delegations']) expect(paths).toContain(`/o/wiang-thong/${page}`)
  })
})
