-- Run once by the postgres image, on the first start with an empty data directory.
-- One database per service that keeps an event store, the gateway's (its rate limits), and Keycloak's.
CREATE DATABASE convention;
CREATE DATABASE mission;
CREATE DATABASE action;
CREATE DATABASE stagebank;
CREATE DATABASE gateway;
CREATE DATABASE keycloak;
