import { createTheme, Loader, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults, darkened where their contrast falls under WCAG AA (4.5:1) on white; no animations for people who
 * ask for reduced motion; a loader is a progress bar (indeterminate), so that its label, what is loading, is allowed on it and read out.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  respectReducedMotion: true,
  components: { Loader: Loader.extend({ defaultProps: { role: 'progressbar' } }) },
});

export const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-primary-color-light-hover': 'var(--mantine-color-blue-1)',
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
    '--mantine-color-orange-light-color': '#9c3a00',
    '--mantine-color-green-light-color': '#1e6b2f',
    '--mantine-color-yellow-light-color': '#7a5200',
    '--mantine-color-teal-light-color': '#05583f',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-9)',
  },
  dark: {},
});
