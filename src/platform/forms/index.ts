/** The shared form engine: definitions as data, pure validation and diff, storage with history. */
export * from './form-definition.ts'
export * from './form-answers.ts'
export * from './form-validation.ts'
export * from './form-fields.ts'
export * from './form-diff.ts'
export * from './form-store.ts'
export { CHIANG_MAI_EB12_QUARTERLY } from './templates/chiang-mai-eb12-quarterly.ts'
export * from './link-check.ts'
