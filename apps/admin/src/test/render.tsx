import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { contrastVariables, theme } from '../theme';

/** Renders a component inside the app's Mantine theme. */
export function renderWithTheme(element: ReactElement): RenderResult {
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={contrastVariables}>
      {element}
    </MantineProvider>,
  );
}
