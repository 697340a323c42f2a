// The name a notice gives a map data file: the file's own name, as an editor knows it under geo/, not the
// name the build gave it. Vite copies each file into dist/assets/ as `[name]-[hash][extname]`, with an
// 8-character base64url hash (its default `assetFileNames`), so `armenia-BA6aFGvh.geojson` is `armenia.geojson`.

const BUILT_NAME = /^(.+)-[A-Za-z0-9_-]{8}(\.[A-Za-z0-9]+)$/;

/** The file name in `url` (its last path segment, without query or fragment), less the build's hash. */
export function dataFileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const name = path.split('/').pop() || path;
  const m = BUILT_NAME.exec(name);
  return m ? `${m[1]}${m[2]}` : name;
}
