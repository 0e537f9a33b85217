/**
 * The fixture documents: copies of the dev corpus with their gold annotations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');
export const DOCS = join(FIXTURES, 'docs');

/** Names of the fixture documents, without extension, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(DOCS, `${name}.txt`));
}

/** The path as the CLI would echo it when run from the project folder. */
export function fixturePath(name: string): string {
  return `fixtures/docs/${name}.txt`;
}
