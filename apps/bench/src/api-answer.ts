// Reading a tRPC answer of the API (`{result: {data}}`) without trusting its shape: the bench quotes
// what the API said, and checks a floor's page against the API's.

function dataOf(answer: unknown): unknown {
  if (!answer || typeof answer !== 'object') return undefined;
  const result = (answer as { result?: unknown }).result;
  return result && typeof result === 'object' ? (result as { data?: unknown }).data : undefined;
}

/** The ids of a list answer's items, in order, or null when the answer holds no list. */
export function pageIds(answer: unknown): number[] | null {
  const data = dataOf(answer);
  const items = data && typeof data === 'object' ? (data as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) return null;
  return items.map((item: unknown) => (item && typeof item === 'object' ? Number((item as { id?: unknown }).id) : Number.NaN));
}

/** Every field of a list answer but its items and cursor (its count, however the API words it), as text. */
export function listAnswerSummary(answer: unknown): string {
  const data = dataOf(answer);
  if (!data || typeof data !== 'object') return 'no answer';
  const rest = Object.entries(data).filter(([key]) => key !== 'items' && key !== 'nextCursor');
  if (rest.length === 0) return 'no count';
  return rest.map(([key, value]) => `${key}: ${typeof value === 'number' ? value.toLocaleString('en') : JSON.stringify(value)}`).join(', ');
}

/** The top-level fields of an answer's data, in order. */
export function answerFields(answer: unknown): string[] {
  const data = dataOf(answer);
  return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
}
