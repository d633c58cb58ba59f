import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to argon2id with OWASP-recommended memory and time costs.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let dummyHash: Promise<string> | undefined;

/** Spends as long as a real check, so response time does not reveal whether an email exists. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash("sociale-basis-timing-equaliser");
  await verify(await dummyHash, password).catch(() => false);
  return false;
}
