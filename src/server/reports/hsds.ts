import { createHash } from "node:crypto";
import type { Language } from "../../domain/i18n/index.ts";
import { type Report, type ReportItem, translator } from "../../domain/reports/index.ts";
import { builtInThemes } from "../../domain/themes.ts";

/**
 * A UUID (version 5 layout) derived from a name, so an organisation, location, area or
 * taxonomy term gets the same id in every export, and after a backup is restored.
 */
export function derivedUuid(...parts: string[]): string {
  const hash = createHash("sha1")
    .update(`sociale-basis:${parts.join(":")}`)
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Taxonomy = "themes" | "spheres" | "kinds" | "carriers";

/**
 * The inventory as Open Referral HSDS 3.0 services (a JSON array of full service objects). Items
 * become services (their own UUID, name, description, status "active", last modified); an item
 * that is an organisation gets an organization, a place a location; areas become service areas;
 * themes, sphere, kind and who carries it become attributes with taxonomy terms. Only what is fit
 * to publish: no scores, comments, decisions, reasons or people.
 */
export function renderHsds(report: Report, language: Language): Record<string, unknown>[] {
  const t = translator(language);
  const taxonomyName = (taxonomy: Taxonomy) => t(`reports.hsds.taxonomies.${taxonomy}`);
  const taxonomyDetail = (taxonomy: Taxonomy) => ({
    id: derivedUuid("taxonomy", taxonomy),
    name: taxonomyName(taxonomy),
    description: t(`reports.hsds.taxonomyDescriptions.${taxonomy}`),
    version: "1",
  });

  function attribute(item: ReportItem, taxonomy: Taxonomy, code: string, name: string) {
    // Built-in codes are shared by every workspace; a workspace's own theme is its own term.
    const termId = derivedUuid("term", taxonomy, code);
    return {
      id: derivedUuid("attribute", item.id, taxonomy, code),
      link_id: item.id,
      link_type: taxonomy,
      link_entity: "service",
      taxonomy_term_id: termId,
      taxonomy_term: {
        id: termId,
        code,
        name,
        description: name,
        taxonomy: taxonomyName(taxonomy),
        taxonomy_id: derivedUuid("taxonomy", taxonomy),
        taxonomy_detail: taxonomyDetail(taxonomy),
        language,
      },
    };
  }

  return report.items.map((item) => {
    const attributes = [
      ...item.themes.map((theme) =>
        attribute(
          item,
          "themes",
          theme,
          (builtInThemes as readonly string[]).includes(theme) ? t(`model.themes.${theme}`) : theme,
        ),
      ),
      ...(item.sphere
        ? [attribute(item, "spheres", item.sphere, t(`model.spheres.${item.sphere}`))]
        : []),
      ...(item.kind ? [attribute(item, "kinds", item.kind, t(`model.kinds.${item.kind}`))] : []),
      ...(item.carriedBy
        ? [attribute(item, "carriers", item.carriedBy, t(`model.carriers.${item.carriedBy}`))]
        : []),
    ];
    const service: Record<string, unknown> = {
      id: item.id,
      name: item.name,
      status: "active",
    };
    if (item.description) service.description = item.description;
    if (item.updatedAt) service.last_modified = item.updatedAt;
    if (item.kind === "organisation") {
      const organizationId = derivedUuid("organization", item.id);
      service.organization_id = organizationId;
      service.organization = {
        id: organizationId,
        name: item.name,
        description: item.description || item.name,
      };
    }
    if (item.kind === "place") {
      const locationId = derivedUuid("location", item.id);
      service.service_at_locations = [
        {
          id: derivedUuid("service_at_location", item.id),
          service_id: item.id,
          location_id: locationId,
          location: {
            id: locationId,
            location_type: "physical",
            name: item.name,
            ...(item.description ? { description: item.description } : {}),
          },
        },
      ];
    }
    if (item.areas.length) {
      service.service_areas = item.areas.map((area) => ({
        id: derivedUuid("service_area", item.id, area.cbsCode ?? area.name),
        service_id: item.id,
        name: area.name,
        description: area.cbsCode
          ? t("reports.hsds.areaWithCode", {
              kind: t(`model.areaKinds.${area.kind}`),
              code: area.cbsCode,
            })
          : t(`model.areaKinds.${area.kind}`),
      }));
    }
    if (item.funding) {
      service.funding = [
        { id: derivedUuid("funding", item.id), service_id: item.id, source: item.funding },
      ];
    }
    if (attributes.length) service.attributes = attributes;
    return service;
  });
}
