// The Content-Security-Policy the built app ships (a <meta> tag in dist/index.html; servers should send
// the same as a header, see README). Everything comes from the page's own origin. img-src allows data:
// (MapLibre's and the swatches' generated images) and blob: (object URLs for images made in the page,
// e.g. a PNG export before it is downloaded). The dev server is left without it: Vite injects components'
// CSS there as <style> elements, which style-src 'self' forbids.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
