import { z } from 'zod';
const S = z.object({ id: z.number(), nested: z.object({ ok: z.boolean() }).partial() }).strict();
console.log(S.parse({ id: 1, nested: {} }), S.safeParse({ id: 1, extra: 2 }).error.issues[0].code);
console.log(z.string().datetime().safeParse('2024-01-01T00:00:00Z').success, z.string().url().safeParse('not a url').success);
