import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { cookieSecure, type Config } from './config';
import type { Database, Db } from './db/client';
import { frameworkErrorOptions, installErrorHandler } from './http/error-handler';
import { installNulGuard } from './http/nul-guard';
import { installSecurity, swaggerCsp } from './http/security';
import { installSessionResolver } from './http/session';
import { createAuditRepository } from './modules/audit/audit.repository';
import { auditRoutes } from './modules/audit/audit.routes';
import { createAuditService } from './modules/audit/audit.service';
import { createAuthRepository } from './modules/auth/auth.repository';
import { authRoutes } from './modules/auth/auth.routes';
import { createAuthService } from './modules/auth/auth.service';
import { createRecapRepository } from './modules/recap/recap.repository';
import { recapRoutes } from './modules/recap/recap.routes';
import { createRecapService } from './modules/recap/recap.service';
import { createDuplicatesRepository } from './modules/duplicates/duplicates.repository';
import { duplicatesRoutes } from './modules/duplicates/duplicates.routes';
import { createDuplicatesService } from './modules/duplicates/duplicates.service';
import { createImportRepository } from './modules/imports/import.repository';
import { importRoutes } from './modules/imports/import.routes';
import { createImportService } from './modules/imports/import.service';
import { createBusinessMerge } from './modules/registry/registry.merge';
import { createRegistryRepository } from './modules/registry/registry.repository';
import { registryRoutes } from './modules/registry/registry.routes';
import { createRegistryService } from './modules/registry/registry.service';
import type { RegionDirectory } from './modules/tenancy/regions';
import { createTenantRepository } from './modules/tenancy/tenant.repository';
import { tenantRoutes } from './modules/tenancy/tenant.routes';
import { createTenantService } from './modules/tenancy/tenant.service';
import { loadOrCreateSecret } from './lib/secret';
import { createLogChannel, createWebhookChannel, type NotificationChannel } from './modules/notifications/notification.channels';
import { createNotificationRepository } from './modules/notifications/notification.repository';
import { notificationRoutes } from './modules/notifications/notification.routes';
import { createNotificationService } from './modules/notifications/notification.service';
import { createPortalRepository } from './modules/portal/portal.repository';
import { portalRoutes } from './modules/portal/portal.routes';
import { createPortalService } from './modules/portal/portal.service';
import { createSignupService } from './modules/portal/portal-signup.service';
import { createAttendanceService } from './modules/programmes/attendance.service';
import { createOwnerProgrammeService } from './modules/programmes/owner-programmes.service';
import { createParticipantRepository } from './modules/programmes/participant.repository';
import { participantRoutes } from './modules/programmes/participant.routes';
import { createParticipantService } from './modules/programmes/participant.service';
import { createProgrammeRepository } from './modules/programmes/programme.repository';
import { programmeRoutes } from './modules/programmes/programme.routes';
import { createProgrammeService } from './modules/programmes/programme.service';
import { createReportRepository } from './modules/programmes/report.repository';
import { createReportService } from './modules/programmes/report.service';
import { createCheckinService } from './modules/followup/checkin.service';
import { createFollowupRepository } from './modules/followup/followup.repository';
import { followupRoutes } from './modules/followup/followup.routes';
import { createFollowupService } from './modules/followup/followup.service';
import { createOutcomeService } from './modules/followup/outcome.service';
import { createSelfReportService } from './modules/followup/self-report.service';
import { createRegistryObservations } from './modules/registry/registry.observations';

export interface AppDeps {
  config: Config;
  database: Database;
  regions: RegionDirectory;
}

/** Every service, wired once from its repository and the services it calls. */
export function createServices({ config, database, regions }: AppDeps) {
  const { db } = database;
  const audit = createAuditService(createAuditRepository(db));
  const auth = createAuthService(createAuthRepository(db), {
    sessionTtlHours: config.SESSION_TTL_HOURS,
    lockout: {
      maxFailures: config.LOGIN_MAX_FAILURES,
      lockMinutes: config.LOGIN_LOCK_MINUTES,
      maxLockMinutes: 24 * 60,
      accountMaxFailures: config.LOGIN_ACCOUNT_MAX_FAILURES,
      accountLockMinutes: config.LOGIN_LOCK_MINUTES,
    },
    sessionCacheMs: config.SESSION_CACHE_SECONDS * 1000,
  });
  const tenants = createTenantService(db, createTenantRepository(db), regions, audit);
  const registryRepo = createRegistryRepository(db);
  const registry = createRegistryService({ db, repo: registryRepo, audit, tenants, regions });
  const recap = createRecapService(createRecapRepository(db), tenants, regions);
  const importRepo = createImportRepository(db);
  // The import tells the duplicate scan about new records through this late-bound hook (the scan needs the
  // import service for provenance, the import needs the scan: the cycle is broken here, explicitly).
  let afterImport: (kw: string, importId: string) => void = () => undefined;
  const imports = createImportService({
    database, repo: importRepo, audit, tenants, regions,
    uploadDir: join(config.DATA_DIR, 'uploads'),
    limits: { maxBytes: config.IMPORT_MAX_BYTES, maxUncompressedBytes: config.IMPORT_MAX_UNZIPPED_BYTES, maxZipEntries: 10_000 },
    onCommitted: (kw, importId) => afterImport(kw, importId),
  });
  const duplicates = createDuplicatesService({
    repo: createDuplicatesRepository(db),
    merge: createBusinessMerge({ db, repo: registryRepo, audit }),
    imports, audit, tenants, regions,
    log: (message, err) => console.warn(message, err instanceof Error ? err.message : err ?? ''),
  });
  afterImport = (kw, importId) => duplicates.scanAfterImport(kw, () => importRepo.businessIdsOfImport(kw, importId));

  // Owner messages: the log channel always exists (and keeps the last messages for tests and operators);
  // a gateway channel is added when one is configured.
  const quiet = config.LOG_LEVEL === 'silent';
  const notificationLog = createLogChannel((line) => (quiet ? undefined : console.info(line)));
  const channels: NotificationChannel[] = [notificationLog];
  if (config.NOTIFY_CHANNEL !== 'log' && config.NOTIFY_WEBHOOK_URL) channels.push(createWebhookChannel(config.NOTIFY_CHANNEL, config.NOTIFY_WEBHOOK_URL));
  const notifications = createNotificationService({
    db, repo: createNotificationRepository(db), channels, defaultChannel: config.NOTIFY_CHANNEL,
    log: (message, err) => console.warn(message, err instanceof Error ? err.message : err ?? ''),
  });
  const notify = notifications.enqueue;
  const secret = loadOrCreateSecret(config.DATA_DIR, config.APP_SECRET);

  // Follow-up monitoring (issue 5): created before the programmes, whose seat decisions take its baseline
  // and whose completions plan its tasks (hooks called inside their transactions).
  const observations = createRegistryObservations({ repo: registryRepo, audit, tenants });
  const followupRepo = createFollowupRepository(db);
  const followup = createFollowupService({ db, repo: followupRepo, observations, tenants, regions, notify, audit, secret, publicUrl: config.PUBLIC_URL });
  const checkins = createCheckinService({ db, repo: followupRepo, observations, audit });
  const outcomes = createOutcomeService({ repo: followupRepo, followup, regions, tenantUsers: auth.listTenantUsers });
  const selfReport = createSelfReportService({ repo: followupRepo, checkins, observations, tenants, secret });

  const programmeRepo = createProgrammeRepository(db);
  const participantRepo = createParticipantRepository(db);
  // Raising a batch's capacity fills the new seats from its waitlist: the programme service calls back into
  // the participant service (which needs the programme service), so the hook is bound after both exist.
  let fillSeats: (tx: Db, kw: string, batchId: string) => Promise<void> = async () => undefined;
  const programmes = createProgrammeService({ db, repo: programmeRepo, audit, regions, onCapacityRaised: (tx, kw, id) => fillSeats(tx, kw, id) });
  const attendance = createAttendanceService({
    db, repo: participantRepo, programmeRepo, tenants, audit, notify, secret, publicUrl: config.PUBLIC_URL, onCompleted: followup.planTasks,
  });
  const participants = createParticipantService({
    db, repo: participantRepo, programmes: { ...programmes, lockBatch: programmeRepo.lockBatch }, registry, audit, regions, notify,
    onSeated: followup.takeBaseline,
  });
  fillSeats = participants.fillSeats;
  const reports = createReportService(createReportRepository(db), regions);
  const portalRepo = createPortalRepository(db);
  const portal = createPortalService({ db, repo: portalRepo, auth, registry, tenants, audit, regions });
  const signup = createSignupService({ db, repo: portalRepo, auth, tenants, notify, kick: () => notifications.kick(), secret });
  const ownerProgrammes = createOwnerProgrammeService({
    programmeRepo, repo: participantRepo, attendance,
    needsOf: portal.statedNeeds,
  });
  return {
    audit, auth, tenants, registry, recap, imports, duplicates, notifications, notificationLog,
    programmes, participants, attendance, reports, portal, signup, ownerProgrammes, followup, checkins, outcomes, selfReport,
  };
}

export type Services = ReturnType<typeof createServices>;

/** Builds the HTTP application: API under /api, its OpenAPI document at /api/docs, the web app at /. */
export async function buildApp(deps: AppDeps, services = createServices(deps)): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    bodyLimit: 2 * 1024 * 1024,
    // Owners' self-report links carry a signed token of ~140 characters in the path (default limit: 100).
    routerOptions: { maxParamLength: 256 },
    // Bad URLs, oversized headers and the like answer in the error envelope too (http/error-handler.ts).
    ...frameworkErrorOptions,
    trustProxy: config.TRUST_PROXY,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installNulGuard(app);

  // Owners and assistants are on 3G: JSON, HTML and the app's JS go gzip-compressed (not brotli, whose
  // default level costs too much CPU on the fly); already-compressed types (xlsx, PDF, images) are left alone.
  await app.register(compress, { encodings: ['gzip', 'deflate'], threshold: 1024 });
  await app.register(cookie);
  await installSecurity(app, { publicUrl: config.PUBLIC_URL, secure: cookieSecure(config) });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Berdaya API', description: 'MSME empowerment platform for regional Cooperatives & SME offices', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'berdaya_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, transformStaticCSP: swaggerCsp(cookieSecure(config)) });
  installSessionResolver(app, services.auth);

  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true, engine: deps.database.engine }));
  await app.register(authRoutes(services.auth, { secure: cookieSecure(config), ttlHours: config.SESSION_TTL_HOURS }));
  await app.register(tenantRoutes(services.tenants));
  await app.register(registryRoutes(services.registry));
  await app.register(auditRoutes(services.audit, services.registry));
  await app.register(recapRoutes(services.recap));
  await app.register(importRoutes(services.imports));
  await app.register(duplicatesRoutes(services.duplicates));
  await app.register(notificationRoutes(services.notifications));
  await app.register(programmeRoutes(services.programmes, services.reports));
  await app.register(participantRoutes(services.participants, services.attendance));
  await app.register(
    portalRoutes({
      signup: services.signup, portal: services.portal, ownerProgrammes: services.ownerProgrammes, participants: services.participants,
      cookie: { secure: cookieSecure(config), ttlHours: config.SESSION_TTL_HOURS },
    }),
  );
  await app.register(followupRoutes({ followup: services.followup, checkins: services.checkins, outcomes: services.outcomes, selfReport: services.selfReport }));
  // Background work: the outbox dispatcher, and "your session is tomorrow" reminders every 15 minutes.
  services.notifications.start(config.NOTIFY_INTERVAL_MS);
  const reminders = setInterval(() => {
    services.attendance.queueReminders().catch((err: unknown) => app.log.warn({ err }, 'session reminders failed'));
  }, 15 * 60_000);
  const authSweep = setInterval(() => {
    services.auth.sweep().catch((err: unknown) => app.log.warn({ err }, 'session and lock-out sweep failed'));
  }, 60 * 60_000);
  authSweep.unref();
  reminders.unref();
  // Background duplicate scans and message sending finish before the database closes.
  app.addHook('onClose', async () => {
    clearInterval(reminders);
    clearInterval(authSweep);
    await Promise.all([services.duplicates.idle(), services.notifications.stop()]);
  });

  const webRoot = resolve(config.WEB_DIST_DIR);
  if (existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      // Built files have hashed names and never change: cache them for a year. The HTML pages must be
      // revalidated so a new release is picked up at once.
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // The single-page app owns every non-API path: serve index.html and let its router decide.
    // The owner portal (portal.html) and the assistants' offline field app (lapangan.html) are their own
    // small apps; everything else is the office app.
    const under = (url: string, prefix: string) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);
    const pageFor = (url: string) => (under(url, '/portal') ? 'portal.html' : under(url, '/lapangan') ? 'lapangan.html' : 'index.html');
    // The field app's service worker controls /lapangan/ (with the slash): send the bare path there so the
    // page opens offline too.
    app.get('/lapangan', { schema: { hide: true } }, (_request, reply) => reply.redirect('/lapangan/', 301));
    app.get('/*', { schema: { hide: true } }, (request, reply) =>
      request.url.startsWith('/api/') ? reply.callNotFound() : reply.sendFile(pageFor(request.url)),
    );
  } else {
    app.log.warn(`web app not built (${webRoot}/index.html missing): run npm run build:web`);
  }
  return app;
}
