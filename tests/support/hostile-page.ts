// A wiki page written by an attacker: markup-looking text in titles and fields, live <script> and onerror=
// elements, javascript: links, a 200 KB field and deep nesting. Shared by the unit and end-to-end tests.

/** Escaped in the page, so it is text; it would run only if someone turned it back into markup. */
export const TEXT_PAYLOAD = `<img src=x onerror="document.title='PWNED'">`;
export const EVIL_TITLE = `${TEXT_PAYLOAD} Evil & "quoted" <script>alert(1)</script>`;
export const BIG_FIELD_CHARS = 200 * 1024;
export const NESTING_DEPTH = 3000;
/** Real elements whose handlers the page itself runs once each; anything more means we re-created them. */
export const LIVE_HANDLERS = 2;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function idea(title: string, id: string, description: string, skills = 'C') {
  return `<h4><span class="mw-headline" id="${id}">${title}</span></h4>
<table class="wikitable"><tbody>
<tr><td colspan="2"><i>Date of insert: 01/02/2014; Verified: Not updated in 2020; GSoC: Yes</i></td></tr>
<tr><th>Technical contact:</th><td>Mallory &lt;mallory@example.org&gt;</td></tr>
<tr><th>Difficulty:</th><td>Easy<script>window.__hostileRuns = (window.__hostileRuns || 0) + 1</script></td></tr>
<tr><th>Skills Needed:</th><td>${skills}</td></tr>
<tr><th>Description:</th><td>${description}</td></tr>
<tr><th>Outcomes:</th><td>Nothing good</td></tr>
</tbody></table>`;
}

export function hostilePage(): string {
  const deep = '<div>'.repeat(NESTING_DEPTH) + 'Deep text' + '</div>'.repeat(NESTING_DEPTH);
  const ideas = [
    idea(
      escape(EVIL_TITLE),
      'Evil',
      `Text payload: ${escape(TEXT_PAYLOAD)} <a href="javascript:document.title='PWNED'">click me</a>
<a href="https://example.org/ok">fine link</a> <img src="x" onerror="window.__hostileRuns = (window.__hostileRuns || 0) + 1">`,
      `${escape('<b onmouseover=alert(1)>C</b>')} and OCaml`,
    ),
    idea('Huge field', 'Huge_field', 'x'.repeat(BIG_FIELD_CHARS)),
    idea('Deeply nested', 'Deeply_nested', deep),
  ];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hostile - Xen</title>
<link rel="canonical" href="https://wiki.xenproject.org/wiki/Hostile"></head>
<body><div id="content"><h1 id="firstHeading">Hostile</h1><div id="mw-content-text"><div class="mw-parser-output">
<h2><span class="mw-headline" id="New_Project_Ideas">New Project Ideas</span></h2>
${ideas.join('\n')}
</div></div></div></body></html>`;
}
