import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { errorResponseSchema } from '../../web/http/openapi.ts'
import { TOPICS, isTopic, topicName } from './webboard.domain.ts'
import { publishedQuestionsWithAnswers } from './webboard.use-cases.ts'

const TOPIC_KEYS = TOPICS.map((t) => t.key)
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra })

/** The agency's published questions and official answers as JSON (open data): what the public board shows, never a held post. */
export function webboardApiRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  app.get<{ Params: { slug: string }; Querystring: { topic?: string; service?: string } }>(
    '/api/v1/organisations/:slug/webboard',
    {
      schema: {
        operationId: 'getOrganisationWebboard',
        security: [],
        tags: ['webboard'],
        summary: 'An agency’s published questions and official answers',
        description: 'The newest 100 published questions of the agency’s webboard (/o/<slug>/webboard), each with its official answers (signed with the officer’s position), and the response-time figures. Posts waiting for moderation or rejected are never included.',
        params: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
        querystring: { type: 'object', properties: { topic: { type: 'string', enum: TOPIC_KEYS }, service: { type: 'string', description: 'the key of one of the agency’s published services (/o/<slug>/services/<key>)' } } },
        response: {
          200: {
            type: 'object',
            required: ['organisation', 'figures', 'questions', 'url'],
            properties: {
              organisation: { type: 'object', required: ['slug', 'name_th', 'name_en'], properties: { slug: { type: 'string' }, name_th: { type: 'string' }, name_en: { type: 'string' } } },
              figures: {
                type: 'object',
                required: ['answered', 'unanswered', 'median_business_days', 'on_time_percent'],
                properties: {
                  answered: { type: 'integer' },
                  unanswered: { type: 'integer' },
                  median_business_days: nullable('number', { description: 'from publication to the first official answer, on the holiday calendar' }),
                  on_time_percent: nullable('integer', { description: 'answered on or before the due date, 0–100' }),
                },
              },
              questions: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'topic', 'topic_th', 'topic_en', 'service_key', 'title', 'body', 'asked_by', 'published_on', 'answered_on', 'helpful', 'answers', 'url'],
                  properties: {
                    id: { type: 'string', format: 'uuid' },
                    topic: nullable('string'),
                    topic_th: nullable('string'),
                    topic_en: nullable('string'),
                    service_key: nullable('string', { description: 'the service the question is about, if the asker chose one' }),
                    title: nullable('string'),
                    body: { type: 'string' },
                    asked_by: { type: 'string', description: 'the display name the asker chose' },
                    published_on: nullable('string', { format: 'date' }),
                    answered_on: nullable('string', { format: 'date' }),
                    helpful: nullable('boolean', { description: 'the asker’s verdict on the answer, if given' }),
                    answers: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['body', 'signed_by', 'position', 'published_on'],
                        properties: { body: { type: 'string' }, signed_by: { type: 'string' }, position: nullable('string'), published_on: nullable('string', { format: 'date' }) },
                      },
                    },
                    url: { type: 'string', format: 'uri' },
                  },
                },
              },
              url: { type: 'string', format: 'uri' },
            },
          },
          404: errorResponseSchema,
        },
      },
    },
    async (req, reply) => {
      const topic = typeof req.query.topic === 'string' && isTopic(req.query.topic) ? req.query.topic : null
      const board = await publishedQuestionsWithAnswers({ db: deps.db, now: req.now }, req.params.slug, topic, typeof req.query.service === 'string' && req.query.service ? req.query.service : null)
      const { org } = board
      const base = `${deps.config.baseUrl}/o/${org.slug}/webboard`
      reply.header('cache-control', 'no-cache')
      return {
        organisation: { slug: org.slug, name_th: org.name_th, name_en: org.name_en },
        figures: { answered: board.figures.answered, unanswered: board.figures.unanswered, median_business_days: board.figures.medianBusinessDays, on_time_percent: board.figures.onTimePercent },
        questions: board.questions.map((q) => ({
          id: q.id,
          topic: q.topic,
          topic_th: q.topic ? topicName(q.topic).th : null,
          topic_en: q.topic ? topicName(q.topic).en : null,
          service_key: q.service_key,
          title: q.title,
          body: q.body,
          asked_by: q.author_name,
          published_on: q.published_on,
          answered_on: q.answered_on,
          helpful: q.helpful,
          answers: board.answers.filter((a) => a.question_id === q.id).map((a) => ({ body: a.body, signed_by: a.author_name, position: a.author_position, published_on: a.published_on })),
          url: `${base}/${q.id}`,
        })),
        url: topic ? `${base}?topic=${topic}` : base,
      }
    },
  )
}
