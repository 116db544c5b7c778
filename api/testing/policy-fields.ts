/**
 * The response fields the policy decides and every target must send alike
 * (api/policy/kinds.ts). Content-Type, Vary, validators and codings are each
 * host's own business (it derives the type from the extension, compresses and
 * tags as it likes), so parity tests compare these only.
 */
export const POLICY_FIELDS = [
  'cache-control',
  'x-content-type-options',
  'content-security-policy',
  'referrer-policy',
  'access-control-allow-origin',
  'access-control-expose-headers',
] as const;

/** The policy fields of a response, by lower-case name; absent fields are left out. */
export function policyFields(headers: Headers | Record<string, string>): Record<string, string> {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  const fields: Record<string, string> = {};
  for (const name of POLICY_FIELDS) {
    const value = get(name);
    if (value !== null && value !== undefined) fields[name] = value;
  }
  return fields;
}
