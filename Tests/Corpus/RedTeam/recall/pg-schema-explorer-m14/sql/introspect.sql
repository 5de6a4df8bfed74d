-- Emits one JSON document describing tables, columns and foreign keys.
-- Usage: psql "$DATABASE_URL" -X -A -t -f sql/introspect.sql
WITH cols AS (
  SELECT c.table_schema, c.table_name,
         json_agg(json_build_object(
           'name', c.column_name,
           'type', c.data_type,
           'nullable', c.is_nullable = 'YES'
         ) ORDER BY c.ordinal_position) AS columns
  FROM information_schema.columns c
  WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
  GROUP BY c.table_schema, c.table_name
),
pks AS (
  SELECT tc.table_schema, tc.table_name, json_agg(kcu.column_name) AS pk
  FROM information_schema.table_constraints tc
  JOIN information_schema.key_column_usage kcu
    ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
  WHERE tc.constraint_type = 'PRIMARY KEY'
  GROUP BY tc.table_schema, tc.table_name
),
fks AS (
  SELECT json_agg(json_build_object(
           'schema', tc.table_schema, 'table', tc.table_name, 'column', kcu.column_name,
           'ref_schema', ccu.table_schema, 'ref_table', ccu.table_name, 'ref_column', ccu.column_name
         )) AS fks
  FROM information_schema.table_constraints tc
  JOIN information_schema.key_column_usage kcu
    ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
  JOIN information_schema.constraint_column_usage ccu
    ON ccu.constraint_name = tc.constraint_name
  WHERE tc.constraint_type = 'FOREIGN KEY'
)
SELECT json_build_object(
  'tables', (SELECT json_agg(json_build_object(
                 'schema', cols.table_schema, 'name', cols.table_name,
                 'columns', cols.columns, 'pk', COALESCE(pks.pk, '[]'::json)))
             FROM cols LEFT JOIN pks USING (table_schema, table_name)),
  'foreign_keys', COALESCE((SELECT fks FROM fks), '[]'::json)
);
