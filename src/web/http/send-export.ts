import type { FastifyReply } from 'fastify'
import { attachmentDisposition, type ExportFile } from '../../platform/exports/index.ts'

/**
 * Sends an export as a download: attachment with the Thai file name, no caching (exports
 * hold personal data and reflect the moment they were made), and nosniff so a browser
 * never second-guesses the declared type.
 */
export async function sendExport(reply: FastifyReply, file: ExportFile): Promise<FastifyReply> {
  return reply
    .status(200)
    .type(file.contentType)
    .header('content-disposition', attachmentDisposition(file.filename))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.body)
}
