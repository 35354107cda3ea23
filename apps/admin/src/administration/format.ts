const pad = (value: number) => String(value).padStart(2, '0');

/** A server timestamp as local `YYYY-MM-DD HH:MM` (`:SS` with `seconds`), or an em dash when there is none. */
export function formatWhen(iso: string | null, options: { seconds?: boolean } = {}): string {
  if (!iso) return '—';
  const date = new Date(iso);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}${options.seconds ? `:${pad(date.getSeconds())}` : ''}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${time}`;
}
