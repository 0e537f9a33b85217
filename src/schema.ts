/**
 * The output contract (SPEC.md, schema version 1), as zod schemas. Output types are
 * inferred from here, and `directives schema` prints the JSON Schema generated from it.
 */
import { z } from 'zod';

import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

export const spanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe('UTF-16 offsets into the normalized text, end exclusive');

const line = z.number().int().positive().describe('1-based line in the normalized text');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Rule provenance, present only with the `debug` option. */
const rule = z.string().optional().describe('name of the rule that produced the value (debug only)');

export const sourceSchema = z.object({
  path: z.string().describe('as given on the command line; "-" for stdin'),
  sha256: z.string().describe('of the raw bytes'),
  bytes: z.number().int().nonnegative(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni']),
  format: z.enum(['text', 'html', 'docx', 'doc']),
});

export const documentSchema = z.object({
  kind: z.enum(['ket-luan', 'thong-bao-ket-luan', 'news-report', 'other']),
  type: z.string().nullable(),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  date: isoDate.nullable(),
  title: z.string().nullable(),
  meeting: z.object({ date: isoDate.nullable(), chair: z.string().nullable() }),
  signer: z.object({ title: z.string().nullable(), name: z.string().nullable() }).nullable(),
  recipients: z.array(z.string()),
});

export const assigneeSchema = z.object({
  name: z.string(),
  role: z.enum(['lead', 'support']),
  via: z.enum(['text', 'heading', 'label', 'intro', 'context', 'addressee']),
  text: z.string().nullable(),
  span: spanSchema.nullable(),
  line: line.nullable(),
  generic: z.boolean().optional(),
  title: z.string().optional().describe('office of the person named, e.g. "Giám đốc"'),
  rule,
});

export const deadlineSchema = z.object({
  text: z.string(),
  date: isoDate.nullable(),
  precision: z.enum(['day', 'month', 'quarter', 'half-year', 'year', 'relative', 'event', 'ongoing']),
  via: z.enum(['text', 'label', 'heading']),
  span: spanSchema,
  line,
  recurring: z.enum(['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly']).optional(),
  due: z.string().optional(),
  rule,
});

export const metricSchema = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  amountVnd: z.number().nullable().optional(),
  of: z.number().optional(),
  comparator: z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx']),
  target: z.boolean(),
  itemId: z.string().nullable(),
  span: spanSchema,
  line,
  rule,
});

export const referenceSchema = z.object({
  type: z.string(),
  number: z.string(),
  date: isoDate.nullable(),
  issuer: z.string().nullable(),
  text: z.string(),
  span: spanSchema,
  line,
  spans: z.array(spanSchema),
  rule,
});

export const itemSchema = z.object({
  id: z.string(),
  kind: z.enum(['task', 'info']),
  marker: z.string().nullable(),
  headings: z.array(z.string()),
  text: z.string(),
  span: spanSchema,
  line,
  urgent: z.boolean(),
  assignees: z.array(assigneeSchema),
  deadlines: z.array(deadlineSchema),
  metrics: z.array(metricSchema),
  references: z.array(z.string()),
  rule,
});

export interface OutlineNodeOutput {
  id: string;
  marker: string;
  level: number;
  title: string;
  span: z.infer<typeof spanSchema>;
  line: number;
  children: OutlineNodeOutput[];
}

export const outlineNodeSchema: z.ZodType<OutlineNodeOutput> = z.lazy(() =>
  z.object({
    id: z.string(),
    marker: z.string(),
    level: z.number().int().positive(),
    title: z.string(),
    span: spanSchema,
    line,
    children: z.array(outlineNodeSchema),
  }),
);

export const warningSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z_]*$/),
  message: z.string(),
  line: line.optional(),
  span: spanSchema.optional(),
});

export const furnitureSchema = z
  .object({ span: spanSchema, line, lines: z.number().int().positive() })
  .describe('page furniture of a copied web page (counters, related-news lists, captions, bylines): kept out of items');

export const regionSchema = z
  .object({ kind: z.enum(['header', 'footer']), span: spanSchema, line, lines: z.number().int().positive() })
  .describe('lines read into `document` rather than into items: the header (issuer, motto, Số, place and date, title) or the footer (closing signature, Nơi nhận)');

export const resultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: sourceSchema,
  document: documentSchema,
  outline: z.array(outlineNodeSchema),
  items: z.array(itemSchema),
  references: z.array(referenceSchema),
  metrics: z.array(metricSchema),
  warnings: z.array(warningSchema),
  furniture: z.array(furnitureSchema),
  regions: z.array(regionSchema),
});

export type Result = z.infer<typeof resultSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type DocumentInfo = z.infer<typeof documentSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Assignee = z.infer<typeof assigneeSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type OutlineNode = OutlineNodeOutput;
export type Warning = z.infer<typeof warningSchema>;
export type Furniture = z.infer<typeof furnitureSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Encoding = Source['encoding'];
export type Format = Source['format'];

/** The JSON Schema of the output, generated from the zod schema. */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(resultSchema, { io: 'output', unrepresentable: 'any' });
}
