// tRPC over plain HTTP, as any client sends it: the suite looks at status codes and error shapes on
// the wire, including for input no typed client would let through.
export interface WireAnswer {
  httpStatus: number;
  /** Present on success. */
  data?: unknown;
  /** Present on failure: the API's error data (code, fieldErrors, domain). */
  error?: WireError;
}

export interface WireError {
  message: string;
  code: string;
  fieldErrors: { path: string; message: string }[] | null;
  domain: { kind: string; code: string; details: Record<string, unknown> } | null;
}

export type ProcedureKind = 'query' | 'mutation';

export async function callWire(baseUrl: string, procedure: string, kind: ProcedureKind, input: unknown, token?: string): Promise<WireAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const url = `${baseUrl}/trpc/${procedure}`;
  const res =
    kind === 'query'
      ? await fetch(input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await fetch(url, { method: 'POST', headers, ...(input === undefined ? {} : { body: JSON.stringify(input) }) });
  return parseAnswer(res.status, await res.text());
}

/** Sends a body that is not JSON at all. */
export async function postRaw(baseUrl: string, procedure: string, body: string, token?: string): Promise<WireAnswer> {
  const res = await fetch(`${baseUrl}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return parseAnswer(res.status, await res.text());
}

interface WireBody {
  result?: { data?: unknown };
  error?: { message: string; data?: { code?: string; fieldErrors?: WireError['fieldErrors']; domain?: WireError['domain'] } };
}

function parseAnswer(httpStatus: number, text: string): WireAnswer {
  let body: WireBody;
  try {
    body = JSON.parse(text) as WireBody;
  } catch {
    return { httpStatus, error: { message: text.slice(0, 200), code: 'NOT_JSON', fieldErrors: null, domain: null } };
  }
  if (body.error) {
    const data = body.error.data;
    return { httpStatus, error: { message: body.error.message, code: data?.code ?? 'UNKNOWN', fieldErrors: data?.fieldErrors ?? null, domain: data?.domain ?? null } };
  }
  return { httpStatus, data: body.result?.data };
}

/** A call whose input is JSON text written by hand (nesting too deep for JSON.stringify to build). */
export async function callWireText(baseUrl: string, procedure: string, kind: ProcedureKind, inputJson: string, token?: string): Promise<WireAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const url = `${baseUrl}/trpc/${procedure}`;
  const res = kind === 'query' ? await fetch(`${url}?input=${encodeURIComponent(inputJson)}`, { headers }) : await fetch(url, { method: 'POST', headers, body: inputJson });
  return parseAnswer(res.status, await res.text());
}
