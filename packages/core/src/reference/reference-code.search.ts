import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { formatOf } from './reference-codes.service';

/** What a code search asks: the code sets, the text typed, the date the codes must be valid on, and how many. */
export interface CodeSearch {
  readonly kinds: readonly string[];
  readonly q: string;
  readonly onDate: string;
  readonly limit: number;
}

/** A code found, in force on the date asked. */
export interface CodeFound {
  readonly kind: string;
  readonly code: string;
  readonly description: string;
  readonly effectiveFrom: string;
  /** How it matched: the code starts with what was typed, or the description has every word typed. */
  readonly match: 'code' | 'description';
}

interface Row {
  code_set: string;
  code: string;
  description: string;
  effective_from: string;
}

/** Codes as they are typed: letters and digits, the ICD-10-CM dot dropped (`e11.` searches `E11…`). */
const CODE_PREFIX = /^[A-Z0-9]+$/;
/** Words of a description as the `simple` text-search configuration splits them (lower case, letters and digits). */
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 8;

/**
 * Searches the installation-wide reference codes for a picker: codes starting with what was typed first (by code),
 * then codes whose description has every word typed as a word prefix (`diab typ 2` finds "Type 2 diabetes mellitus …"),
 * shortest description first. Only codes valid on the date count. The prefix search uses the btree
 * `reference_code_code_prefix_index` (text_pattern_ops), the word search the GIN index
 * `reference_code_description_search_index` over `to_tsvector('simple', description)` — both plain PostgreSQL, so
 * PGlite runs them too (pg_trgm is an extension PGlite does not load).
 */
@Injectable()
export class ReferenceCodeSearch {
  constructor(private readonly orm: MikroORM) {}

  async search(query: CodeSearch): Promise<CodeFound[]> {
    const codeSets = query.kinds.map((kind) => formatOf(kind).codeSet);
    const typed = query.q.trim();
    if (typed.length === 0) throw new ValidationError([{ field: 'q', message: 'type a code or words of its description' }]);
    const em = currentEntityManager(this.orm) as EntityManager;
    const valid = `code_set in (${codeSets.map(() => '?').join(', ')}) and effective_from <= ? and (retired_on is null or retired_on > ?)`;
    const validParams = [...codeSets, query.onDate, query.onDate];

    const prefix = typed.toUpperCase().replaceAll('.', '');
    const byCode = CODE_PREFIX.test(prefix)
      ? await em.execute<Row[]>(
          `select code_set, code, description, effective_from from reference_code where ${valid} and code like ? order by code, code_set limit ?`,
          [...validParams, `${prefix}%`, query.limit],
        )
      : [];
    const found: CodeFound[] = byCode.map((row) => toFound(row, 'code'));
    const words = (typed.toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS);
    if (found.length >= query.limit || words.length === 0) return found;

    const seen = new Set(found.map((item) => `${item.kind}/${item.code}`));
    const byWords = await em.execute<Row[]>(
      `select code_set, code, description, effective_from from reference_code
       where ${valid} and to_tsvector('simple', description) @@ to_tsquery('simple', ?)
       order by length(description), code limit ?`,
      [...validParams, words.map((word) => `${word}:*`).join(' & '), query.limit],
    );
    for (const row of byWords) {
      if (found.length >= query.limit) break;
      if (!seen.has(`${row.code_set}/${row.code}`)) found.push(toFound(row, 'description'));
    }
    return found;
  }
}

function toFound(row: Row, match: CodeFound['match']): CodeFound {
  return { kind: row.code_set, code: row.code, description: row.description, effectiveFrom: row.effective_from, match };
}
