import { of, range, zip, EMPTY, Observable, lastValueFrom } from 'rxjs';
import { map, toArray, bufferCount, pairwise, startWith, defaultIfEmpty } from 'rxjs';
console.log(await lastValueFrom(range(1, 7).pipe(bufferCount(3), toArray())));
console.log(await lastValueFrom(zip(of(1, 2), of('a', 'b')).pipe(toArray())));
console.log(await lastValueFrom(of(1, 2, 3).pipe(startWith(0), pairwise(), map(([a, b]) => a + b), toArray())));
console.log(await lastValueFrom(EMPTY.pipe(defaultIfEmpty('empty'))), typeof Observable);
