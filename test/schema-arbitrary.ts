/**
 * fast-check arbitraries for requests, from a route's zod schemas (through their JSON Schema),
 * mixed with hostile values: injection fragments, control characters, prototype keys, numbers
 * JSON cannot hold faithfully, huge strings.
 */
import fc from "fast-check";
import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};

/** encodeURIComponent, except that a lone surrogate becomes the bytes it would have had. */
export function encode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDFFF]/g, (c, i: number, all: string) => {
      const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
      return pair.test(all.slice(i, i + 2)) || pair.test(all.slice(i - 1, i + 1))
        ? c
        : "\u0001LONE\u0001";
    }),
  ).replace(/%01LONE%01/g, "%ED%A0%80");
}

export const megabyteString = "a".repeat(1024 * 1024);

/** Strings an attacker tries in any text field, parameter or query value. */
export const hostileStrings: readonly string[] = [
  "' or 1=1 --",
  "'; drop table items; --",
  "1; select pg_sleep(5)",
  '" or ""="',
  "name desc; delete from users",
  "name,(select 1)",
  "$ne",
  "__proto__",
  "constructor",
  "prototype",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-1",
  "0x10",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001b[31m\u007f",
  "\r\nSet-Cookie: x=1",
  "\t \n ",
  "\uD800",
  "\u202Eevil",
  "../../../etc/passwd",
  "%00",
  "%2e%2e%2f",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  '=HYPERLINK("http://x")',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose
  "${7*7}{{7*7}}",
  "x".repeat(10_000),
];

/** JSON values that stand where another kind of value was expected. */
export const hostileValues: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom<unknown>(
    { $ne: 1 },
    { $gt: "" },
    { $where: "1" },
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
    [],
    [[]],
    {},
    null,
    true,
    false,
    0,
    -0,
    -1,
    1e308,
    -1e308,
    2 ** 53 + 1,
    Number.MAX_SAFE_INTEGER * 1000,
    0.1 + 0.2,
    [{ $ne: 1 }],
  ),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** A value the schema allows, often; with `hostile`, sometimes a hostile one instead. */
export function arbitraryFor(
  schema: JsonSchema,
  options: { hostile: boolean; uuids: readonly string[] },
  depth = 0,
): fc.Arbitrary<unknown> {
  const plain = plainArbitrary(schema, options, depth);
  return options.hostile ? fc.oneof({ weight: 5, arbitrary: plain }, hostileValues) : plain;
}

function plainArbitrary(
  schema: JsonSchema,
  options: { hostile: boolean; uuids: readonly string[] },
  depth: number,
): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives)
    return fc.oneof(...alternatives.map((s) => arbitraryFor(s, options, depth + 1)));
  if (schema.allOf?.[0]) return arbitraryFor(schema.allOf[0], options, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(
        Object.entries(properties).map(([key, s]) => [key, arbitraryFor(s, options, depth + 1)]),
      );
      const record = fc.record(shape, { requiredKeys: schema.required ?? [] });
      if (schema.propertyNames?.enum || schema.additionalProperties) {
        const keys = schema.propertyNames?.enum
          ? fc.constantFrom(...(schema.propertyNames.enum as string[]))
          : fc.oneof(fc.constantFrom(...options.uuids), fc.string({ maxLength: 10 }));
        const values =
          typeof schema.additionalProperties === "object"
            ? arbitraryFor(schema.additionalProperties, options, depth + 1)
            : fc.jsonValue({ maxDepth: 2 });
        return fc
          .tuple(record, fc.dictionary(keys as fc.Arbitrary<string>, values, { maxKeys: 4 }))
          .map(([a, b]) => ({ ...b, ...a }));
      }
      return record;
    }
    case "array": {
      const items = schema.items ? arbitraryFor(schema.items, options, depth + 1) : fc.jsonValue();
      return fc.array(items, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    }
    case "string":
      return stringArbitrary(schema, options);
    case "integer":
      return fc.integer({
        min: Math.max(schema.minimum ?? -1e9, -1e9),
        max: Math.min(schema.maximum ?? 1e9, 1e9),
      });
    case "number":
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringArbitrary(
  schema: JsonSchema,
  options: { uuids: readonly string[] },
): fc.Arbitrary<string> {
  if (schema.format === "uuid") {
    return options.uuids.length
      ? fc.oneof(fc.constantFrom(...options.uuids), fc.uuid())
      : fc.uuid();
  }
  if (schema.format === "date") {
    return fc
      .date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  }
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "base64") {
    return fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("base64"));
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? 1000));
    } catch {
      // A pattern fast-check cannot generate from: plain strings will do.
    }
  }
  return fc.string({ unit: "grapheme", minLength, maxLength });
}

/** The JSON Schema of a zod schema, as its input (what a client sends) or its output. */
export function jsonSchemaOf(schema: unknown, io: "input" | "output" = "input"): JsonSchema {
  return z.toJSONSchema(schema as z.ZodType, { io, unrepresentable: "any" }) as JsonSchema;
}

/** Whether a query parameter's schema only takes listed values (or uuids, or numbers). */
export function isWhitelisted(schema: JsonSchema): boolean {
  if (schema.enum || schema.const !== undefined) return true;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.every(isWhitelisted);
  if (schema.type === "array" && schema.items) return isWhitelisted(schema.items);
  if (schema.type === "integer" || schema.type === "number" || schema.type === "boolean") {
    return true;
  }
  return schema.format === "uuid";
}

/** The values a whitelisted parameter accepts, if it is a list. */
export function allowedValues(schema: JsonSchema): unknown[] | undefined {
  if (schema.enum) return schema.enum;
  if (schema.type === "array" && schema.items) return allowedValues(schema.items);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const lists = alternatives.map(allowedValues);
    if (lists.every(Boolean)) return lists.flat();
  }
  return undefined;
}

export type { JsonSchema };
