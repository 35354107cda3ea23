import type { GateView } from '../api/views';
import { messageOf } from '../api/problem';
import { GatePolicyEditor } from './gate-policy-editor';
import { useSetGatePolicy } from './gate-queries';

/** Editors for the given gate checks, each saved on its own (administrators). */
export function GateEditorList({ organizationId, gates }: { organizationId: string; gates: readonly GateView[] }) {
  const setPolicy = useSetGatePolicy(organizationId);
  return (
    <>
      {gates.map((gate) => (
        <GatePolicyEditor
          key={`${gate.check}:${gate.policy}:${gate.ownerRole}`}
          gate={gate}
          onSave={(change) => setPolicy.mutate({ check: gate.check, change })}
          saving={setPolicy.isPending && setPolicy.variables?.check === gate.check}
          saved={setPolicy.isSuccess && setPolicy.variables?.check === gate.check}
          error={setPolicy.error && setPolicy.variables?.check === gate.check ? messageOf(setPolicy.error) : null}
        />
      ))}
    </>
  );
}
