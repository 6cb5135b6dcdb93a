import { z } from 'zod';
import { ROLES } from '../../kernel/actor';

export const loginBody = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });
export const passwordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });

export const meResponse = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    locale: z.string(),
    isSuperadmin: z.boolean(),
  }),
  memberships: z.array(
    z.object({
      kodeWilayah: z.string(),
      tenantName: z.string(),
      isDemo: z.boolean(),
      role: z.enum(ROLES),
      kecamatanCodes: z.array(z.string()),
    }),
  ),
});
