import type { Idea } from '../../../lib/idea';

/** A valid parsed idea; override what a test cares about. */
export function sampleIdea(overrides: Partial<Idea> = {}): Idea {
  return {
    key: 'pv-grant-table',
    anchor: 'PV_grant_table',
    title: 'PV grant table improvements',
    status: 'peer-reviewed',
    section: 'Hypervisor',
    category: null,
    inserted: { raw: '2024-01-15', date: '2024-01-15', ambiguous: false },
    verified: null,
    gsoc: true,
    contacts: [{ name: 'Jane Mentor', email: 'jane@example.org' }],
    mailingList: 'xen-devel',
    irc: null,
    difficulty: { raw: 'Medium', min: 'medium', max: 'medium' },
    skills: { raw: 'C, Xen', tags: ['c', 'xen'] },
    description: { text: 'Make grant tables faster.', links: [] },
    outcomes: null,
    comments: [],
    ...overrides,
  };
}

export const OUTREACH_ID = 'Outreach_Program_Projects';
export const OUTREACH_URL = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';
