// Finding elements by role and accessible name inside the page, open shadow roots included: the Firefox
// driver's fast path. Firefox's own accessibility locator (WebDriver BiDi, puppeteer's `::-p-aria`) does not
// enter shadow roots and takes 250-500 ms a query here, too slow to poll with; the driver uses this to find,
// then asks Firefox's accessibility tree to confirm each element it acts on (drivers/firefox.ts).
// A subset of WAI-ARIA role mapping and accessible-name computation, enough for plain HTML controls.

export interface RoleQuery {
  role: string;
  /** Exact name, or [RegExp source, flags]; null for any name. */
  name: string | [string, string] | null;
  /** Only elements whose text contains this. */
  hasText: string | null;
}

/**
 * The visible elements under `scopes` (default: the document) with the role and name asked for, in tree
 * order, each with the name computed for it. Runs in the page: self-contained, no imports.
 */
export function findByRoleInPage(query: RoleQuery, ...scopes: (Element | Document)[]): { elements: Element[]; names: string[] } {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

  const implicitRole = (element: Element): string | null => {
    const tag = element.localName;
    const input = element as HTMLInputElement;
    switch (tag) {
      case 'button':
        return 'button';
      case 'a':
      case 'area':
        return element.hasAttribute('href') ? 'link' : null;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return 'heading';
      case 'textarea':
        return 'textbox';
      case 'select':
        return input.multiple || Number(element.getAttribute('size') ?? 0) > 1 ? 'listbox' : 'combobox';
      case 'ul':
      case 'ol':
      case 'menu':
        return 'list';
      case 'li':
        return 'listitem';
      case 'fieldset':
      case 'details':
      case 'optgroup':
        return 'group';
      case 'article':
        return 'article';
      case 'nav':
        return 'navigation';
      case 'main':
        return 'main';
      case 'dialog':
        return 'dialog';
      case 'output':
        return 'status';
      case 'option':
        return 'option';
      case 'progress':
        return 'progressbar';
      case 'table':
        return 'table';
      case 'img':
        return element.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'section':
      case 'form':
        return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')
          ? tag === 'section' ? 'region' : 'form'
          : null;
      case 'input': {
        const type = (element.getAttribute('type') ?? 'text').toLowerCase();
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'range') return 'slider';
        if (type === 'number') return 'spinbutton';
        if (type === 'hidden' || type === 'file' || type === 'color' || type === 'date') return null;
        if (element.hasAttribute('list')) return 'combobox';
        return type === 'search' ? 'searchbox' : 'textbox';
      }
      default:
        return null;
    }
  };
  const roleOf = (element: Element) => element.getAttribute('role')?.trim().split(/\s+/)[0] || implicitRole(element);

  const NAME_FROM_CONTENT = new Set([
    'button', 'link', 'heading', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'option', 'cell', 'columnheader', 'rowheader', 'row', 'tooltip', 'treeitem',
  ]);
  const hiddenFromAll = (element: Element): boolean => {
    for (let node: Element | null = element; node; ) {
      if (node.getAttribute('aria-hidden') === 'true') return true;
      const root = node.getRootNode();
      node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    }
    return !element.checkVisibility({ visibilityProperty: true });
  };
  const textAlternative = (node: Node, traversal: boolean): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    if (traversal && (node.getAttribute('aria-hidden') === 'true' || !node.checkVisibility())) return '';
    const label = node.getAttribute('aria-label')?.trim();
    if (label) return label;
    if (node instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(node.type)) return node.value;
    if (node instanceof HTMLImageElement) return node.alt;
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    return [...children].map((child) => textAlternative(child, true)).join('');
  };
  const nameOf = (element: Element): string => {
    const root = element.getRootNode() as Document | ShadowRoot;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const parts = labelledBy.split(/\s+/).map((id) => root.getElementById(id)).filter((e): e is HTMLElement => !!e);
      if (parts.length) return collapse(parts.map((part) => textAlternative(part, false)).join(' '));
    }
    const label = element.getAttribute('aria-label');
    if (label?.trim()) return collapse(label);
    const labels = (element as HTMLInputElement).labels;
    if (labels?.length) return collapse([...labels].map((l) => textAlternative(l, false)).join(' '));
    if (element instanceof HTMLFieldSetElement) {
      const legend = element.querySelector(':scope > legend');
      if (legend) return collapse(textAlternative(legend, false));
    }
    const role = roleOf(element);
    if (role && NAME_FROM_CONTENT.has(role)) {
      const fromContent = collapse(textAlternative(element, false));
      if (fromContent) return fromContent;
    }
    return collapse(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
  };

  const pattern = Array.isArray(query.name) ? new RegExp(query.name[0], query.name[1]) : null;
  const elements: Element[] = [];
  const names: string[] = [];
  const visit = (root: Element | Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (roleOf(element) === query.role && !hiddenFromAll(element)) {
        const name = nameOf(element);
        const nameMatches = query.name === null || (pattern ? pattern.test(name) : name === query.name);
        const textMatches = query.hasText === null || collapse(element.textContent ?? '').includes(query.hasText);
        if (nameMatches && textMatches && !elements.includes(element)) {
          elements.push(element);
          names.push(name);
        }
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  for (const scope of scopes.length ? scopes : [document]) visit(scope);
  return { elements, names };
}
