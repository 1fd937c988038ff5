-- When each video's jobs were written and relayed: the worker's sweeper reads this (through the videos module) to
-- tell a lost job from one still on its way, without reading the outbox's payloads or relay bookkeeping.
CREATE VIEW job_history AS
SELECT video_id, created_at, sent_at
FROM outbox;
