/** Built by vite.config.ts from the app's catalogues: only `participantCatalogueKeys`. */
declare module "virtual:participant-catalogues" {
  const catalogues: Record<"nl" | "en", Record<string, unknown>>;
  export default catalogues;
}
