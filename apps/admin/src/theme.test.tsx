import { Loader } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from './test/render';

describe('the theme', () => {
  it('makes a loader a labelled progress bar (an aria-label on a bare span is not allowed)', () => {
    renderWithTheme(<Loader aria-label="Loading the claims" />);
    expect(screen.getByRole('progressbar', { name: 'Loading the claims' }).tagName).toBe('SPAN');
  });
});
