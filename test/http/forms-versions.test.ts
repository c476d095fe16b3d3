import { afterAll, beforeAll, expect, it } from 'vitest'
import { ConflictError } from '../../src/errors.ts'
import {
  CHIANG_MAI_EB12_QUARTERLY,
  answerHistory,
  createDraftVersion,
  createResponse,
  ensureTemplate,
  findDefinition,
  latestPublished,
  loadAnswers,
  publishVersion,
  saveAnswers,
  updateDraftVersion,
} from '../../src/platform/forms/index.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-01-06T03:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

it('a new version of a form leaves answers given on the old one intact, and a published version cannot be edited', async () => {
  const now = t.clock.now
  const v1 = await ensureTemplate(t.db, CHIANG_MAI_EB12_QUARTERLY, now)
  expect(v1).toMatchObject({ version: 1, status: 'published' })
  const org = await t.orgId('wiang-thong')
  const user = await t.userId('wt-ita@prongsai.test')
  const responseId = await t.db.transaction().execute(async (trx) => {
    const id = await createResponse(trx, { definitionId: v1.id, organisationId: org, now })
    await saveAnswers(trx, { responseId: id, answers: { i1_1: { type: 'yes_no_how', answer: 'yes', how: 'มีคู่มือ' } }, by: { userId: user, label: 'ITA' }, now })
    await saveAnswers(trx, { responseId: id, answers: { i1_1: { type: 'yes_no_how', answer: 'yes', how: 'มีคู่มือ 12 เรื่อง' }, suggestions: { type: 'text', text: '' } }, by: { userId: user, label: 'ITA' }, now })
    return id
  })

  await expect(updateDraftVersion(t.db, v1.id, { ...CHIANG_MAI_EB12_QUARTERLY, title: { th: 'แก้แล้ว', en: 'Edited' } })).rejects.toBeInstanceOf(ConflictError)
  const changed = { ...CHIANG_MAI_EB12_QUARTERLY, sections: CHIANG_MAI_EB12_QUARTERLY.sections.map((s) => (s.id === 's1' ? { ...s, items: s.items.filter((i) => i.id !== 'i1_3') } : s)) }
  const v2 = await t.db.transaction().execute(async (trx) => {
    const draft = await createDraftVersion(trx, { definition: changed, ownerOrganisationId: null, now })
    await updateDraftVersion(trx, draft.id, changed)
    return publishVersion(trx, draft.id, now)
  })
  expect(v2).toMatchObject({ version: 2, status: 'published' })
  expect((await latestPublished(t.db, CHIANG_MAI_EB12_QUARTERLY.key))?.id).toBe(v2.id)
  // The old version and the answers given on it are as they were.
  const old = await findDefinition(t.db, v1.id)
  expect(old?.definition).toEqual(CHIANG_MAI_EB12_QUARTERLY)
  expect(await loadAnswers(t.db, responseId)).toEqual({ i1_1: { type: 'yes_no_how', answer: 'yes', how: 'มีคู่มือ 12 เรื่อง' } })
  const history = await answerHistory(t.db, responseId)
  expect(history.map((h) => [h.itemId, h.revision])).toEqual([
    ['i1_1', 1],
    ['i1_1', 2],
  ])
  const response = await t.db.selectFrom('form_responses').select('form_definition_id').where('id', '=', responseId).executeTakeFirstOrThrow()
  expect(response.form_definition_id).toBe(v1.id)
})
