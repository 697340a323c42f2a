// Saves a file made in the page: nothing is sent anywhere. (Under a CSP, blob: URLs are only navigated to,
// by the download link, never loaded as images or scripts.)
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
