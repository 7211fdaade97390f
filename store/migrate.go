package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migrations are applied in order, each in its own transaction; version n is
// migrations[n-1]. Append only: never edit one that has shipped.
var migrations = []string{
	// 1: the initial schema.
	`
CREATE TABLE feeds (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE, -- feeds are keyed by URL; the name follows the config
	name          TEXT NOT NULL,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_attempt  TEXT,
	last_success  TEXT,
	next_attempt  TEXT,
	failures      INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE items (
	id          INTEGER PRIMARY KEY,
	feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	hash        TEXT NOT NULL,
	guid        TEXT NOT NULL DEFAULT '',
	link        TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL, -- the feed's date, else first_seen
	first_seen  TEXT NOT NULL,
	fingerprint INTEGER NOT NULL DEFAULT 0, -- uint64 bits
	report      TEXT,          -- digest.Report as JSON; NULL for items stored only as seen
	relevant    INTEGER NOT NULL DEFAULT 0,
	killed      INTEGER,
	UNIQUE (feed_id, hash)
);
CREATE INDEX items_articles ON items (published) WHERE report IS NOT NULL;
CREATE INDEX items_relevant ON items (published) WHERE relevant = 1;
CREATE INDEX items_feed_relevant ON items (feed_id) WHERE relevant = 1;

CREATE TABLE item_governorates (
	governorate TEXT NOT NULL COLLATE NOCASE,
	item_id     INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
	PRIMARY KEY (governorate, item_id)
) WITHOUT ROWID;
CREATE INDEX item_governorates_item ON item_governorates (item_id);

CREATE TABLE subscriptions (
	id              INTEGER PRIMARY KEY,
	guild_id        TEXT NOT NULL,
	channel_id      TEXT NOT NULL UNIQUE, -- one standing order per channel
	time            TEXT NOT NULL,
	timezone        TEXT NOT NULL,
	governorate     TEXT NOT NULL DEFAULT '',
	alerts          INTEGER NOT NULL DEFAULT 0,
	min_killed      INTEGER NOT NULL DEFAULT 0,
	created_by      TEXT NOT NULL DEFAULT '',
	disabled        INTEGER NOT NULL DEFAULT 0,
	disabled_reason TEXT NOT NULL DEFAULT '',
	created_at      TEXT NOT NULL
);
CREATE INDEX subscriptions_guild ON subscriptions (guild_id);

CREATE TABLE deliveries (
	subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
	slot            TEXT NOT NULL,
	channel_id      TEXT NOT NULL,
	window_from     TEXT NOT NULL,
	window_to       TEXT NOT NULL,
	message_ids     TEXT NOT NULL, -- JSON array
	delivered_at    TEXT NOT NULL,
	PRIMARY KEY (subscription_id, slot)
);

CREATE TABLE alerts (
	channel_id   TEXT NOT NULL,
	incident_key TEXT NOT NULL,
	alerted_at   TEXT NOT NULL,
	PRIMARY KEY (channel_id, incident_key)
) WITHOUT ROWID;
`,
}

// migrate brings the schema up to date. An up-to-date database only reads.
func (s *Store) migrate(ctx context.Context) error {
	const create = `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`
	if _, err := s.db.ExecContext(ctx, create); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	current, err := schemaVersion(ctx, s.db)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if current > len(migrations) {
		return fmt.Errorf("migrate: database schema version %d is newer than this binary's %d", current, len(migrations))
	}
	for v := current + 1; v <= len(migrations); v++ {
		err := s.write(ctx, func(tx *sql.Tx) error {
			// Another process may have applied it since we looked.
			now, err := schemaVersion(ctx, tx)
			if err != nil || now >= v {
				return err
			}
			if _, err := tx.ExecContext(ctx, migrations[v-1]); err != nil {
				return err
			}
			_, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
				v, formatTime(time.Now()))
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate to version %d: %w", v, err)
		}
	}
	return nil
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func schemaVersion(ctx context.Context, q queryer) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}
