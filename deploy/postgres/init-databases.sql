-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d).
-- One database per service; each service creates its own schema with Flyway.
CREATE DATABASE registry;
CREATE DATABASE forum;
CREATE DATABASE procurement;
