import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from '../api/views';

/** One list read a page at a time through the server's cursors, with Previous and Next. */
export interface PagedList<T> {
  readonly query: UseQueryResult<Page<T>>;
  /** 1 for the first page. */
  readonly pageNumber: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly previous: () => void;
  readonly next: () => void;
}

/**
 * Pages of a list endpoint (`limit`, `after` → `{ items, total, limit, nextCursor }`). It keeps the cursors of the
 * pages walked so far — the server pages forward only, so Previous goes back to the cursor before — and starts again
 * at page 1 whenever `key` (the list and its filters) changes.
 */
export function usePagedList<T>(key: readonly unknown[], fetchPage: (after: string | undefined) => Promise<Page<T>>, options: { enabled?: boolean } = {}): PagedList<T> {
  const keyText = JSON.stringify(key);
  const [walked, setWalked] = useState<{ keyText: string; cursors: readonly (string | undefined)[] }>({ keyText, cursors: [undefined] });
  const cursors = walked.keyText === keyText ? walked.cursors : [undefined];
  const after = cursors.at(-1);
  const query = useQuery({
    queryKey: [...key, { after: after ?? null }],
    queryFn: () => fetchPage(after),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
  const nextCursor = query.isPlaceholderData ? null : (query.data?.nextCursor ?? null);
  return {
    query,
    pageNumber: cursors.length,
    hasPrevious: cursors.length > 1,
    hasNext: nextCursor !== null,
    previous: () => setWalked({ keyText, cursors: cursors.slice(0, -1) }),
    next: () => {
      if (nextCursor !== null) setWalked({ keyText, cursors: [...cursors, nextCursor] });
    },
  };
}
