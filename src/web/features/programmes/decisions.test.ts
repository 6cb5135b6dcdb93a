import { describe, expect, it } from 'vitest';
import { actionsFor, capacityState, needsOverride } from './decisions';

describe('participant decisions', () => {
  it('offers the decisions that fit the status', () => {
    expect(actionsFor('applied', false)).toEqual(['accept', 'waitlist', 'reject']);
    expect(actionsFor('waitlisted', false)).toEqual(['accept', 'reject', 'withdraw']);
    expect(actionsFor('accepted', false)).toEqual(['reject', 'withdraw']);
    expect(actionsFor('rejected', false)).toEqual(['accept', 'waitlist']);
    expect(actionsFor('withdrawn', false)).toEqual([]);
    expect(actionsFor('completed', false)).toEqual([]);
    expect(actionsFor('applied', true)).toEqual([]);
  });

  it('asks for an override reason only to accept an ineligible candidate', () => {
    expect(needsOverride({ eligible: false }, 'accept')).toBe(true);
    expect(needsOverride({ eligible: true }, 'accept')).toBe(false);
    expect(needsOverride({ eligible: false }, 'reject')).toBe(false);
  });

  it('measures the seats', () => {
    expect(capacityState(12, 25)).toEqual({ percent: 48, full: false, left: 13 });
    expect(capacityState(25, 25)).toEqual({ percent: 100, full: true, left: 0 });
    expect(capacityState(26, 25)).toEqual({ percent: 100, full: true, left: 0 });
  });
});
