import { describe, expect, it } from 'vitest';
import { definePrincipalKind, validatePrincipalKinds } from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';

const competition = {
  kind: 'competition',
  title: 'Competition',
  description: 'The Delegates of a competition.',
};

describe('principal kinds registered by plugins', () => {
  it('accepts a lower-case key with a title and a description', () => {
    expect(definePrincipalKind({ ...competition, title: '  Competition  ' }).title).toBe('Competition');
  });

  it.each(['user', 'group'])('refuses the built-in kind %s, naming it', (kind) => {
    const error = domainErrorFrom(() => definePrincipalKind({ ...competition, kind }));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain(`'${kind}'`);
    expect(error.message).toContain('built-in');
  });

  it.each(['Competition', 'x', '1st-kind', 'with space'])('refuses %j, which is not a lower-case key', (kind) => {
    const error = domainErrorFrom(() => definePrincipalKind({ ...competition, kind }));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('lower-case key');
  });

  it('refuses a kind without a title', () => {
    expect(domainErrorFrom(() => definePrincipalKind({ ...competition, title: ' ' })).message).toContain('title');
  });

  it('accepts distinct kinds and refuses one registered twice, naming it', () => {
    const region = { kind: 'region', title: 'Region', description: 'The Delegates of a region.' };
    expect(validatePrincipalKinds([competition, region]).map((definition) => definition.kind)).toEqual(['competition', 'region']);
    const error = domainErrorFrom(() => validatePrincipalKinds([competition, region, { ...competition, title: 'Contest' }]));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain("'competition'");
  });
});
