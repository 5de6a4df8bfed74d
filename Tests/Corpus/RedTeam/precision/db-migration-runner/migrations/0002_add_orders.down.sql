DROP INDEX IF EXISTS orders_user_id_idx;
DROP TABLE IF EXISTS orders;
