-- Batches completed before follow-up existed (issue 4's releases) get their follow-up tasks too, as
-- attendance.service's completion hook would have created them: one per completed participant and offset of
-- the programme's plan, due that many months after the completion day in the regency's time zone (the same
-- province rule as tenancy/time-zone.ts; PostgreSQL clamps month ends as outcome-stats.monthsAfter does).
-- Idempotent: the (kode_wilayah, participant_id, offset_months) key skips tasks that exist.
INSERT INTO "followup_tasks" ("kode_wilayah", "id", "programme_id", "participant_id", "business_id", "offset_months", "due_on")
SELECT pa."kode_wilayah", gen_random_uuid(), pa."programme_id", pa."id", pa."business_id", o.m,
       ((bt."completed_at" AT TIME ZONE CASE
           WHEN left(pa."kode_wilayah", 1) IN ('8', '9') THEN 'Asia/Jayapura'
           WHEN left(pa."kode_wilayah", 2) IN ('51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76') THEN 'Asia/Makassar'
           ELSE 'Asia/Jakarta' END)::date + make_interval(months => o.m))::date
FROM "participants" pa
JOIN "programme_batches" bt ON bt."kode_wilayah" = pa."kode_wilayah" AND bt."id" = pa."batch_id" AND bt."completed_at" IS NOT NULL
JOIN "programmes" p ON p."kode_wilayah" = pa."kode_wilayah" AND p."id" = pa."programme_id"
CROSS JOIN LATERAL unnest(p."followup_offsets_months") AS o(m)
WHERE pa."status" = 'completed'
ON CONFLICT DO NOTHING;
