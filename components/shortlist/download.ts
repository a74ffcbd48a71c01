// Hand a generated file to the browser's downloads, from an extension page.

export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoke later so slow starts do not fail.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
