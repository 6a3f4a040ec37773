-- Leases that keep a piece of background work to one node at a time across the cluster (a full
-- reindex, a mail drain). Taken and renewed by a conditional UPDATE of the row, which a Galera
-- cluster certifies like any write; row locks and GET_LOCK stay on the node that took them.
CREATE TABLE job_lease (
  name       VARCHAR(100) NOT NULL PRIMARY KEY,
  owner      VARCHAR(200) NOT NULL,
  expires_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
