-- Scheduled work once per cluster (platform's OncePerCluster, ShedLock's JDBC provider): one row per named task,
-- held until lock_until by the instance named in locked_by.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
