// The difficulty levels of an idea, easiest first. No imports: the content script reads them without the schemas
// of lib/idea.ts (zod stays out of its bundle).
export const LEVELS = ['easy', 'medium', 'hard'] as const;
