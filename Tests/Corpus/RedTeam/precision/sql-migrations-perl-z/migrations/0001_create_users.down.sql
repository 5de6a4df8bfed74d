-- Reverses 0001. Deletes the users table and all rows in it.
DROP TABLE users;
