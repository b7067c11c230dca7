-- Appends entries to the audit chain in one round trip (platform/audit/record-audit.ts). First the
-- chain's lock, held until the caller's transaction ends, so that the chain never forks; then, in
-- a statement of its own (PL/pgSQL gives each statement a fresh snapshot), the last hash as the
-- previous holder committed it while we waited; then each entry hashed after the one before it,
-- exactly as auditEntryHash computes it: SHA-256 of prefix || JSON of the previous hash || suffix.
-- Entries arrive as a JSON array in chain order, each with the prefix and suffix computed by the
-- application from its canonical JSON.
CREATE FUNCTION audit_append(entries jsonb)
RETURNS TABLE (appended_id uuid, appended_hash text)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7338201001);
  RETURN QUERY
  WITH RECURSIVE entry AS (
    SELECT * FROM jsonb_to_recordset(entries) AS e(ord int, id uuid, occurred_at timestamptz,
      actor_type text, actor_id text, action text, subject_type text, subject_id text,
      data jsonb, prefix text, suffix text)
  ), chain (ord, prev_hash, hash) AS (
    SELECT e.ord, previous.hash,
           encode(sha256(convert_to(
             e.prefix || coalesce(to_json(previous.hash)::text, 'null') || e.suffix, 'UTF8')), 'hex')
      FROM entry e,
           (SELECT (SELECT l.hash FROM audit_log l ORDER BY l.seq DESC LIMIT 1) AS hash) AS previous
     WHERE e.ord = 0
    UNION ALL
    SELECT e.ord, chain.hash,
           encode(sha256(convert_to(e.prefix || to_json(chain.hash)::text || e.suffix, 'UTF8')), 'hex')
      FROM chain JOIN entry e ON e.ord = chain.ord + 1
  )
  INSERT INTO audit_log (id, occurred_at, actor_type, actor_id, action, subject_type, subject_id,
      data, prev_hash, hash)
  SELECT e.id, e.occurred_at, e.actor_type, e.actor_id, e.action, e.subject_type, e.subject_id,
      e.data, chain.prev_hash, chain.hash
    FROM entry e JOIN chain USING (ord)
   ORDER BY e.ord
  RETURNING audit_log.id, audit_log.hash;
END;
$$;
