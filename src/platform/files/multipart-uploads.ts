import { finished } from 'node:stream/promises'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import multipart, { type FastifyMultipartAttachFieldsToBodyOptions, type MultipartFile } from '@fastify/multipart'
import { ValidationError, type FieldErrors } from '../../errors.ts'
import type { FileService, ReceivedUpload, UploadRules } from './file-service.ts'

export type UploadFieldRules = Omit<UploadRules, 'field' | 'originalName'>

/** Per file field: the checked upload, or why it was refused. No entry: no file was chosen. */
export type UploadOutcome = { upload: ReceivedUpload } | { problem: FieldErrors }

/**
 * Lets the routes of `scope` take multipart forms with the given file fields. Text fields land
 * in req.body as strings (so the global CSRF check finds `_csrf`); each file is read as it
 * arrives, up to its limit, into a temporary file, checked by content, and left for the route to
 * commit. Whatever the route does not commit is deleted when the response is sent.
 *
 * Files arrive before the route (and the CSRF check) runs, so `acceptFrom` is asked first:
 * uploads from anyone else are read past and never written.
 */
export async function acceptUploads(
  scope: FastifyInstance,
  files: FileService,
  options: { fields: Record<string, UploadFieldRules>; acceptFrom: (req: FastifyRequest) => boolean | Promise<boolean>; maxTextFields?: number; /** Longest text field in bytes (16 KB unless given); longer values arrive cut short. */ maxFieldBytes?: number },
): Promise<(req: FastifyRequest) => ReadonlyMap<string, UploadOutcome>> {
  const received = new WeakMap<FastifyRequest, Map<string, UploadOutcome>>()
  const limits = Object.values(options.fields).map((f) => f.maxBytes)

  async function onFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
    const rules = Object.hasOwn(options.fields, part.fieldname) ? options.fields[part.fieldname] : undefined
    try {
      // A file input left empty still sends a part, with no name and no bytes.
      if (!rules || !part.filename || !(await options.acceptFrom(this))) return
      let outcome: UploadOutcome
      try {
        outcome = { upload: await files.receive(part.file, { ...rules, field: part.fieldname, originalName: part.filename }) }
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e
        outcome = { problem: e.fields }
      }
      let mine = received.get(this)
      if (!mine) received.set(this, (mine = new Map()))
      const previous = mine.get(part.fieldname)
      if (previous && 'upload' in previous) await files.discard(previous.upload)
      mine.set(part.fieldname, outcome)
    } finally {
      // Whatever was not read (past the limit, or not wanted) is read and dropped, never kept.
      part.file.resume()
      await finished(part.file).catch(() => undefined)
    }
  }

  const pluginOptions: FastifyMultipartAttachFieldsToBodyOptions & { defParamCharset: string } = {
    attachFieldsToBody: 'keyValues',
    onFile,
    throwFileSizeLimit: false,
    // Handed to busboy: browsers send the file name as raw UTF-8 (Thai names included), not the latin1 it assumes.
    defParamCharset: 'utf8',
    // One byte over the largest limit, so the file service sees that the limit was passed.
    limits: { fileSize: Math.max(0, ...limits) + 1, files: limits.length, fields: options.maxTextFields ?? 40, fieldSize: options.maxFieldBytes ?? 16 * 1024 },
  }
  await scope.register(multipart, pluginOptions)

  // Before the response leaves (whatever the route or an error handler sent), and again once it has
  // gone or the client went away; discarding twice is harmless.
  const discardLeftovers = async (req: FastifyRequest) => {
    const mine = received.get(req)
    if (!mine) return
    for (const outcome of mine.values()) if ('upload' in outcome) await files.discard(outcome.upload)
  }
  scope.addHook('onSend', async (req, _reply, payload) => {
    await discardLeftovers(req)
    return payload
  })
  scope.addHook('onResponse', discardLeftovers)
  scope.addHook('onRequestAbort', discardLeftovers)

  return (req) => received.get(req) ?? new Map()
}
