// "Ideas to confirm with their mentors": ideas not verified for over a year (or never), one group per technical
// contact, each with a prefilled mail asking whether they still apply.
import { useState } from 'preact/hooks';
import type { CheckIn } from '../../lib/program/check-in';
import { verifiedText } from '../../lib/program/check-in';
import { plural } from '../../lib/text';

/** Contacts listed before "Show all": the ones with the most ideas come first. */
const FIRST_GROUPS = 12;
/** Ideas listed per contact here; the mail lists them all. */
const IDEAS_SHOWN = 6;

export function CheckInList({ groups, archivedLeftOut }: { groups: readonly CheckIn[]; archivedLeftOut: boolean }) {
  const [showAll, setShowAll] = useState(false);
  const ideas = new Set(groups.flatMap((group) => group.ideas.map((entry) => entry.id))).size;
  const shown = showAll ? groups : groups.slice(0, FIRST_GROUPS);
  return (
    <section class="check-ins" aria-labelledby="check-ins-heading">
      <h3 id="check-ins-heading">Ideas to confirm with their mentors</h3>
      <p class="muted">
        Ideas not verified for over a year, or never, by technical contact{archivedLeftOut ? ' (archived pages left out)' : ''}. Each mail asks the
        contact whether their ideas still apply, with the mailing list in CC.
      </p>
      {groups.length === 0 ? (
        <p>Every idea was verified within the last year.</p>
      ) : (
        <>
          <p class="check-in-summary">
            {plural(ideas, 'idea')} to confirm with {plural(groups.filter((group) => group.contact).length, 'contact')}
          </p>
          <ul class="check-in-groups">
            {shown.map((group) => (
              <CheckInGroup key={group.contact ? `${group.contact.name}|${group.contact.email}` : ''} group={group} />
            ))}
          </ul>
          {shown.length < groups.length && (
            <button type="button" class="more" onClick={() => setShowAll(true)}>
              Show all {groups.length} contacts
            </button>
          )}
        </>
      )}
    </section>
  );
}

function CheckInGroup({ group }: { group: CheckIn }) {
  const name = group.contact?.name ?? 'No technical contact named';
  return (
    <li class="check-in">
      <section aria-label={`Ideas to confirm with ${name}`}>
        <div class="check-in-head">
          <h4>
            {name} <span class="count">({plural(group.ideas.length, 'idea')})</span>
          </h4>
          {group.mailto ? (
            <a class="button" href={group.mailto}>
              Mail {name}
            </a>
          ) : (
            group.contact && <span class="muted">No e-mail address on the wiki</span>
          )}
        </div>
        <ul>
          {group.ideas.slice(0, IDEAS_SHOWN).map((entry) => (
            <li key={entry.id}>
              <a href={entry.url} target="_blank" rel="noopener noreferrer">
                {entry.idea.title}
              </a>{' '}
              <span class="muted">
                ({entry.pageTitle}), {verifiedText(entry)}
              </span>
            </li>
          ))}
          {group.ideas.length > IDEAS_SHOWN && <li class="muted">and {group.ideas.length - IDEAS_SHOWN} more, all listed in the mail</li>}
        </ul>
      </section>
    </li>
  );
}
