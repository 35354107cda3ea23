import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from '../api/views';
import { renderWithTheme } from '../test/render';
import { ListPager } from './list-pager';
import { usePagedList } from './use-paged-list';

/** Five names in pages of two, the cursor being the index to start at (as opaque to the app as the server's). */
function pageOf(names: readonly string[], after: string | undefined): Page<string> {
  const start = after === undefined ? 0 : Number(after);
  const items = names.slice(start, start + 2);
  return { items, total: names.length, limit: 2, nextCursor: start + 2 < names.length ? String(start + 2) : null };
}

const NAMES = ['Ada', 'Ben', 'Cy', 'Dee', 'Eve'];

function Names({ fetchPage }: { fetchPage: (filter: string, after: string | undefined) => Promise<Page<string>> }) {
  const [filter, setFilter] = useState('all');
  const list = usePagedList(['names', filter], (after) => fetchPage(filter, after));
  return (
    <>
      <button type="button" onClick={() => setFilter('not-a')}>
        Skip names starting with A
      </button>
      <ul aria-label="Names">{list.query.data?.items.map((name) => <li key={name}>{name}</li>)}</ul>
      <ListPager list={list} label="Names" noun="name(s)" />
    </>
  );
}

function renderNames() {
  const fetchPage = vi.fn((filter: string, after: string | undefined) => Promise.resolve(pageOf(filter === 'all' ? NAMES : NAMES.filter((name) => !name.startsWith('A')), after)));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithTheme(
    <QueryClientProvider client={client}>
      <Names fetchPage={fetchPage} />
    </QueryClientProvider>,
  );
  return fetchPage;
}

const shown = () => screen.getAllByRole('listitem').map((item) => item.textContent);
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('usePagedList and ListPager', () => {
  it('walks forward with each page’s cursor and back through the cursors it kept', async () => {
    const fetchPage = renderNames();
    await screen.findByText('Page 1 · 5 name(s)');
    expect(screen.getByRole('navigation', { name: 'Names pages' })).toBeTruthy();
    expect(shown()).toEqual(['Ada', 'Ben']);
    expect(button('Previous page').disabled).toBe(true);

    fireEvent.click(button('Next page'));
    await screen.findByText('Page 2 · 5 name(s)');
    await waitFor(() => expect(shown()).toEqual(['Cy', 'Dee']));
    expect(fetchPage).toHaveBeenLastCalledWith('all', '2');

    fireEvent.click(button('Next page'));
    await waitFor(() => expect(shown()).toEqual(['Eve']));
    expect(screen.getByText('Page 3 · 5 name(s)')).toBeTruthy();
    expect(button('Next page').disabled).toBe(true);

    fireEvent.click(button('Previous page'));
    await waitFor(() => expect(shown()).toEqual(['Cy', 'Dee']));
    expect(screen.getByText('Page 2 · 5 name(s)')).toBeTruthy();
    expect(button('Previous page').disabled).toBe(false);
  });

  it('starts again at page 1 when the filters change', async () => {
    const fetchPage = renderNames();
    await screen.findByText('Page 1 · 5 name(s)');
    fireEvent.click(button('Next page'));
    await screen.findByText('Page 2 · 5 name(s)');
    fireEvent.click(button('Skip names starting with A'));
    await screen.findByText('Page 1 · 4 name(s)');
    await waitFor(() => expect(shown()).toEqual(['Ben', 'Cy']));
    expect(fetchPage).toHaveBeenLastCalledWith('not-a', undefined);
  });
});
