import { Alert, Loader } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';

/** Draws a Mermaid diagram (the server's export of a workflow table) as SVG. Mermaid is loaded on first use. */
export function MermaidDiagram({ source, title }: { source: string; title: string }) {
  const container = useRef<HTMLDivElement>(null);
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [state, setState] = useState<'drawing' | 'drawn' | string>('drawing');

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { default: mermaid } = await import('mermaid');
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
      const { svg } = await mermaid.render(id, source);
      if (cancelled || !container.current) return;
      container.current.innerHTML = svg;
      const drawn = container.current.querySelector('svg');
      drawn?.setAttribute('role', 'img');
      drawn?.setAttribute('aria-label', title);
      setState('drawn');
    })().catch((error: unknown) => !cancelled && setState(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, [id, source, title]);

  return (
    <div>
      {state === 'drawing' && <Loader size="sm" aria-label="Drawing the diagram" />}
      {state !== 'drawing' && state !== 'drawn' && (
        <Alert color="red" role="alert" title="The diagram could not be drawn">
          {state}
        </Alert>
      )}
      <div ref={container} data-testid={`diagram-${title}`} style={{ overflowX: 'auto' }} />
    </div>
  );
}
