// Styles for the many small shadow roots we put into the page (one per idea heading, one per review comment).
/**
 * Styles shadow roots with `css`: one constructed stylesheet shared by all (parsed once, on first use), or a
 * <style> per root where a content script cannot adopt sheets into the page's shadow roots.
 */
export function sharedStyles(css: string): (shadow: ShadowRoot) => void {
  let sheet: CSSStyleSheet | null | undefined;
  return (shadow) => {
    if (sheet === undefined) {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      } catch {
        sheet = null;
      }
    }
    if (sheet) {
      try {
        shadow.adoptedStyleSheets = [sheet];
        if (shadow.adoptedStyleSheets.length === 1) return;
      } catch {
        // fall through to a <style> element
      }
      sheet = null;
    }
    const style = document.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  };
}
