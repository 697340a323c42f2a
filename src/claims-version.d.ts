// Modules made by the `claims-version` plugin in vite.config.ts.
declare module '*?claims-version' {
  /** The version of the claims files in the imported folder, as the build found them; null on the dev server. */
  const version: string | null;
  export default version;
}
