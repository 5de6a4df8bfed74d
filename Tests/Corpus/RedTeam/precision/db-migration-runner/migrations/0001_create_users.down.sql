-- Destructive: removes all users. Only meaningful on a fresh dev database.
DROP TABLE IF EXISTS users;
