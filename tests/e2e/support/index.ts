// One import for spec files: `import { test, expect, servePage, OUTREACH_URL } from './support'`.
export * from './fixtures';
export * from './page-watch';
export * from './wiki';
export * from './wiki-api';
export * from './panel';
export * from './axe';
export * from './animations';
