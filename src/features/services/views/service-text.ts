import type { Locale, Translate } from '../../../platform/i18n/locale.ts'
import { flowchartSvg, layoutFlowchart, type FlowLabels } from '../service-flowchart.domain.ts'
import { DAY_UNIT_LABELS, totalDays, type DayUnit, type ServiceManual } from '../service-manual.domain.ts'

export function serviceName(m: Pick<ServiceManual, 'nameTh' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' && m.nameEn ? m.nameEn : m.nameTh
}

export function daysText(days: number, unit: DayUnit, t: Translate): string {
  return `${days} ${t(DAY_UNIT_LABELS[unit])}`
}

export function flowLabels(m: ServiceManual, t: Translate, locale: Locale): FlowLabels {
  const unit = t(DAY_UNIT_LABELS[m.dayUnit])
  const total = totalDays(m.steps)
  const name = serviceName(m, locale)
  return {
    stepHeading: (n, days) => t({ th: 'ขั้นตอนที่ {n} · {d} {u}', en: 'Step {n} · {d} {u}' }, { n: String(n), d: String(days), u: unit }),
    total: (days) => t({ th: 'รวมระยะเวลาทั้งสิ้น {d} {u}', en: 'Total time {d} {u}' }, { d: String(days), u: unit }),
    title: t({ th: 'แผนผังขั้นตอนการให้บริการ: {name}', en: 'Service flowchart: {name}' }, { name }),
    description: [
      t({ th: '{n} ขั้นตอน รวม {d} {u}', en: '{n} steps, {d} {u} in all' }, { n: String(m.steps.length), d: String(total), u: unit }),
      ...m.steps.map((s, i) => `${i + 1}. ${s.title} (${s.days} ${unit}, ${s.unit})`),
    ].join(' '),
  }
}

/** Both drawings of one manual: the wide one for screens and Word, the narrow one for phones. */
export function flowchartSvgs(m: ServiceManual, t: Translate, locale: Locale, idPrefix: string): { wide: string; narrow: string } {
  const labels = flowLabels(m, t, locale)
  return {
    wide: flowchartSvg(layoutFlowchart(m.steps, labels, { orientation: 'horizontal' }), labels, `${idPrefix}-w`),
    narrow: flowchartSvg(layoutFlowchart(m.steps, labels, { orientation: 'vertical' }), labels, `${idPrefix}-n`),
  }
}

