-- Trigram matching for name search (GIN gin_trgm_ops). Shipped with Debian's postgresql package and PGlite's contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
