-- Each worker reports its DUO circuit in its heartbeat: closed, half-open or open, and since when (the last
-- transition; null while it has been closed since the worker started). Both are null for a worker that does not call
-- DUO. The console's overview shows DUO as disturbed while a live worker reports its circuit open.
ALTER TABLE worker_heartbeats
  ADD COLUMN duo_circuit       text        NULL CHECK (duo_circuit IN ('closed', 'half-open', 'open')),
  ADD COLUMN duo_circuit_since timestamptz NULL;
