import { describe, expect, it } from 'vitest';
import { dataUrlBytes, fitWithin } from './photo';

describe('photo sizing', () => {
  it('fits the longest edge within 1024 px, keeping the aspect, never enlarging', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 768, height: 1024 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(5000, 1)).toEqual({ width: 1024, height: 1 });
  });

  it('counts the decoded bytes of a data URL', () => {
    const bytes = Buffer.from('hello world!');
    expect(dataUrlBytes(`data:image/jpeg;base64,${bytes.toString('base64')}`)).toBe(12);
    expect(dataUrlBytes(`data:image/jpeg;base64,${Buffer.from('hello').toString('base64')}`)).toBe(5);
    expect(dataUrlBytes(`data:image/jpeg;base64,${Buffer.from('hell').toString('base64')}`)).toBe(4);
  });
});
