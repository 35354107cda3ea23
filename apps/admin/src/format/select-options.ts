/** A select's options from a map of value → label, in the map's order. */
export function selectOptions<V extends string>(labels: Readonly<Record<V, string>>): { value: V; label: string }[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}
