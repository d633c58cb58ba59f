import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roleSatisfies, workspaceRoles } from "./roles.ts";

const role = fc.constantFrom(...workspaceRoles);

describe("roleSatisfies", () => {
  it("is a total order: reflexive, antisymmetric and transitive", () => {
    fc.assert(
      fc.property(role, role, role, (a, b, c) => {
        expect(roleSatisfies(a, a)).toBe(true);
        if (roleSatisfies(a, b) && roleSatisfies(b, a)) expect(a).toBe(b);
        if (roleSatisfies(a, b) && roleSatisfies(b, c)) expect(roleSatisfies(a, c)).toBe(true);
        expect(roleSatisfies(a, b) || roleSatisfies(b, a)).toBe(true);
      }),
    );
  });

  it("ranks owner above editor above member above viewer", () => {
    expect(roleSatisfies("owner", "viewer")).toBe(true);
    expect(roleSatisfies("viewer", "member")).toBe(false);
    expect(roleSatisfies("member", "editor")).toBe(false);
    expect(roleSatisfies("editor", "owner")).toBe(false);
  });
});
