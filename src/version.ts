/** The version of the output contract (SPEC.md), in its own module so that it costs no zod to read. */
export const SCHEMA_VERSION = 1 as const;
