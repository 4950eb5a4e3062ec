const { z } = require('zod');
const User = z.object({
  name: z.string().min(2),
  email: z.string().email(),
  age: z.number().int().positive().optional(),
  tags: z.array(z.string()).default([]),
  role: z.enum(['admin', 'user']),
});
console.log(User.parse({ name: 'Al', email: 'a@b.co', role: 'user' }));
const bad = User.safeParse({ name: 'A', email: 'nope', age: -1.5, role: 'x' });
console.log(bad.success, JSON.stringify(bad.error.issues.map((i) => [i.path.join('.'), i.code, i.message])));
console.log(z.string().uuid().safeParse('6ba7b810-9dad-11d1-80b4-00c04fd430c8').success);
console.log(z.coerce.number().parse('42'), z.union([z.string(), z.number()]).parse(3));
const T = z.string().transform((s) => s.length).pipe(z.number().max(5));
console.log(T.safeParse('abc'), T.safeParse('abcdefgh').success);
const D = z.discriminatedUnion('k', [z.object({ k: z.literal('a'), a: z.number() }), z.object({ k: z.literal('b') })]);
console.log(D.parse({ k: 'a', a: 1 }), z.string().regex(/^\d+$/).safeParse('12a').success);
try { z.number().parse('x'); } catch (e) { console.log(e.name, e.issues[0].message); }
console.log(z.record(z.number()).parse({ a: 1 }), z.tuple([z.string(), z.boolean()]).parse(['x', true]));
z.string().refine((s) => s.startsWith('x'), 'must start with x').parseAsync('y').catch((e) => console.log('async', e.issues[0].message));
