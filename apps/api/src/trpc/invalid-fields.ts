/**
 * A refusal of input that names each bad field, for checks that run after tRPC's own input
 * validation (e.g. a plugin's metadata schema). The error formatter turns `issues` into
 * `data.fieldErrors`, exactly like a failed input schema.
 */
export class InvalidFields extends Error {
  override readonly name = 'InvalidFields';
  constructor(
    message: string,
    readonly issues: readonly { path: PropertyKey[]; message: string }[],
  ) {
    super(message);
  }
}
