/**
 * `--shard K/N`: a deterministic partition of the inputs, so that N CI jobs can split one archive
 * with no file done twice or missed.
 */
import { createHash } from 'node:crypto';
import { InvalidArgumentError } from 'commander';

export interface Shard {
  /** 1-based index of this shard. */
  index: number;
  count: number;
}

/**
 * Reads `K/N` as given on the command line.
 * @example parseShard('2/4') → { index: 2, count: 4 }
 */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index >= 1) || index > count) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, as in 2/4');
  return { index, count };
}

/**
 * The 1-based shard a path belongs to: a hash of its NFC form, so that the partition depends on
 * neither the order nor the number of the other inputs, nor on how the file system spells the name
 * (macOS hands out NFD names, Linux keeps what it was given).
 * @example shardOf('archive/2021/kl-23-7.txt', 4) → 3
 */
export function shardOf(path: string, count: number): number {
  const digest = createHash('sha256').update(path.normalize('NFC'), 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/**
 * The paths that fall in one shard, in their original order.
 * @example selectShard(['a.txt', 'b.txt'], { index: 1, count: 1 }) → ['a.txt', 'b.txt']
 */
export function selectShard<T extends { path: string }>(inputs: T[], shard: Shard | undefined): T[] {
  if (!shard || shard.count === 1) return inputs;
  return inputs.filter((x) => shardOf(x.path, shard.count) === shard.index);
}
