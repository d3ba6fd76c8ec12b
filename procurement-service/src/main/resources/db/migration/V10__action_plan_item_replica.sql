-- procurement-service's record of forum's action-plan items (what a call may implement besides recommendations),
-- from forum.action-plan-items events; a call names the items it finances.
CREATE TABLE action_plan_item_replica (
    id                 UUID PRIMARY KEY,
    plan_id            UUID        NOT NULL,
    status             TEXT        NOT NULL,
    recommendation_ids UUID[]      NOT NULL DEFAULT '{}',
    source_version     BIGINT      NOT NULL,
    last_event_id      TEXT        NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);

ALTER TABLE funding_call ADD COLUMN action_plan_item_ids UUID[] NOT NULL DEFAULT '{}';
