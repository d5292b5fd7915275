-- One row per singleton part of the plan (company, positioning, offer, budget, meta), stored as a
-- JSON document validated by the shared zod schemas on every read and write.
CREATE TABLE plan_section (
  name TEXT PRIMARY KEY,
  data TEXT NOT NULL CHECK (json_valid(data)),
  updated_at TEXT NOT NULL
) STRICT;

-- Ordered lists (SWOT items, objectives, actions…): one row per item so that an edit writes one row.
CREATE TABLE plan_item (
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (collection, id)
) STRICT;

CREATE INDEX plan_item_by_position ON plan_item (collection, position);
