// The facts a student scans for at each heading: difficulty and skills as chips, the idea's age, and a mail
// link to its mentors with the mailing list in CC.
import { DIFFICULTY_LABELS } from '../../lib/filter';
import type { Idea } from '../../lib/idea';

export function difficultyLabel(idea: Idea): string {
  const { min, max } = idea.difficulty;
  if (!min || !max) return DIFFICULTY_LABELS.unknown;
  return min === max ? DIFFICULTY_LABELS[min] : `${DIFFICULTY_LABELS[min]}\u2013${DIFFICULTY_LABELS[max]}`;
}

export function IdeaFacts({
  idea,
  age,
  mail,
}: {
  idea: Idea;
  age: string | null;
  mail: { href: string; to: string[]; cc: string[] } | null;
}) {
  const level = idea.difficulty.min ?? 'unknown';
  const mailText = mail?.to.length ? 'Mail mentors' : 'Mail the list';
  return (
    <>
      <span class={`chip difficulty ${level}`} title={idea.difficulty.raw ? `Difficulty: ${idea.difficulty.raw}` : undefined}>
        <span class="visually-hidden">Difficulty: </span>
        {difficultyLabel(idea)}
      </span>
      {idea.skills.tags.length > 0 && (
        <span class="skills">
          <span class="visually-hidden">Skills: </span>
          {idea.skills.tags.map((tag) => (
            <span class="chip skill" key={tag}>
              {tag}
            </span>
          ))}
        </span>
      )}
      {age && (
        <span class="age" title={ageTitle(idea)}>
          {age}
        </span>
      )}
      {mail && (
        <a
          class="mail"
          href={mail.href}
          aria-label={`${mailText} about ${idea.title}`}
          title={[mail.to.length ? `To: ${mail.to.join(', ')}` : '', mail.cc.length ? `Cc: ${mail.cc.join(', ')}` : '']
            .filter(Boolean)
            .join('\n')}
        >
          <span aria-hidden="true">{'\u2709'} </span>
          {mailText}
        </a>
      )}
    </>
  );
}

function ageTitle(idea: Idea): string {
  const parts = [];
  if (idea.inserted) parts.push(`Date of insert: ${idea.inserted.raw}`);
  if (idea.verified) parts.push(`Verified: ${idea.verified.raw}`);
  return parts.join('; ');
}
