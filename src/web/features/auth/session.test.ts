import { describe, expect, it } from 'vitest';
import type { Role } from '../../api/types';
import { roleCanWrite, roleReadsRegistry, roleSeesRecap } from './session';

const ROLES: Role[] = ['admin', 'head', 'officer', 'assistant', 'owner', 'partner'];
const which = (rule: (role: Role) => boolean) => ROLES.filter(rule);

/** The menu offers only what the server lets a role open (registry.policy.ts, recap.service.ts). */
describe('role rules of the menu', () => {
  it('everyone but partners reads the registry', () => {
    expect(which(roleReadsRegistry)).toEqual(['admin', 'head', 'officer', 'assistant', 'owner']);
  });

  it('owners and partners do not get the recap', () => {
    expect(which(roleSeesRecap)).toEqual(['admin', 'head', 'officer', 'assistant']);
  });

  it('admins, officers and assistants add businesses', () => {
    expect(which(roleCanWrite)).toEqual(['admin', 'officer', 'assistant']);
  });
});
