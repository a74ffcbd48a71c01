import { describe, expect, it } from 'vitest';
import { Idea } from '../../lib/idea';
describe('schema', () => { it('rejects an empty object', () => { expect(Idea.safeParse({}).success).toBe(false); }); });
