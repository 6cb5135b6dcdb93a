import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { nulPaths } from './nul-byte';

describe('nulPaths', () => {
  it('names every string holding U+0000 in parsed JSON, keys included', () => {
    const body = { name: 'Warung Bu Sri\u0000', owner: { fullName: 'Sri Wahyuni' }, items: ['ok', 'bad\u0000'], ['k\u0000']: 1 };
    expect(nulPaths(body)).toEqual(['name', 'items.1', 'k\\0']);
    expect(nulPaths({ q: 'kopi' })).toEqual([]);
    // Fastify's query parser makes dictionaries whose prototype is a prototype-less object.
    function Dict() {}
    Dict.prototype = Object.create(null) as object;
    const query = Object.assign(Object.create(Dict.prototype as object) as Record<string, string>, { q: '3204\u0000' });
    expect(nulPaths(query)).toEqual(['q']);
    expect(nulPaths(Object.assign(Object.create(null) as Record<string, string>, { id: 'x\u0000' }))).toEqual(['id']);
  });

  it('leaves raw uploads alone: a Buffer, and a request stream whose object graph has cycles', () => {
    const stream = new PassThrough() as PassThrough & { self?: unknown; peer?: unknown };
    const peer = { stream, text: 'x\u0000' };
    stream.self = stream;
    stream.peer = peer;
    expect(nulPaths(Buffer.from('a\u0000b'))).toEqual([]);
    expect(nulPaths(stream)).toEqual([]);
    // A plain object that points at the stream is walked, the stream itself is not.
    expect(nulPaths({ upload: stream, name: 'a\u0000' })).toEqual(['name']);
  });
});
