package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/sitrep/sitrep/feeds"
)

var _ feeds.Store = (*Store)(nil)

// FeedState returns the state the feed's last poll committed; ok is false
// for a feed never polled.
func (s *Store) FeedState(ctx context.Context, feedURL string) (feeds.State, bool, error) {
	var st feeds.State
	err := s.db.QueryRowContext(ctx, `
		SELECT etag, last_modified, last_attempt, last_success, next_attempt, failures, last_error
		FROM feeds WHERE url = ?`, feedURL).
		Scan(&st.ETag, &st.LastModified, timeCol{&st.LastAttempt}, timeCol{&st.LastSuccess},
			timeCol{&st.NextAttempt}, &st.Failures, &st.LastError)
	if errors.Is(err, sql.ErrNoRows) {
		return feeds.State{}, false, nil
	}
	if err != nil {
		return feeds.State{}, false, fmt.Errorf("store: feed state %s: %w", feedURL, err)
	}
	return st, true, nil
}

// Seen reports which of the hashes the feed already has: the map holds
// only those it has.
func (s *Store) Seen(ctx context.Context, feedURL string, hashes []string) (map[string]bool, error) {
	seen := map[string]bool{}
	if len(hashes) == 0 {
		return seen, nil
	}
	list, err := json.Marshal(hashes)
	if err != nil {
		return nil, fmt.Errorf("store: seen %s: %w", feedURL, err)
	}
	// One JSON array parameter instead of a placeholder per hash: no limit on
	// the number of variables.
	rows, err := s.db.QueryContext(ctx, `
		SELECT i.hash FROM items i JOIN feeds f ON f.id = i.feed_id
		WHERE f.url = ? AND i.hash IN (SELECT value FROM json_each(?))`, feedURL, string(list))
	if err != nil {
		return nil, fmt.Errorf("store: seen %s: %w", feedURL, err)
	}
	defer rows.Close()
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, fmt.Errorf("store: seen %s: %w", feedURL, err)
		}
		seen[h] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: seen %s: %w", feedURL, err)
	}
	return seen, nil
}

// CommitPoll writes the feed's state and its new items in one transaction
// and returns how many items were inserted. Items the feed already has are
// ignored, so committing the same poll again inserts nothing.
func (s *Store) CommitPoll(ctx context.Context, p feeds.Poll) (int, error) {
	if err := checkPoll(p); err != nil {
		return 0, fmt.Errorf("store: commit poll %s: %w", p.Feed.URL, err)
	}
	var inserted int
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		inserted, err = writePoll(ctx, tx, p)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: commit poll %s: %w", p.Feed.URL, err)
	}
	return inserted, nil
}

func checkPoll(p feeds.Poll) error {
	if p.Feed.URL == "" {
		return errors.New("feed has no URL")
	}
	if p.At.IsZero() {
		return errors.New("poll has no time")
	}
	for i, it := range p.Items {
		if it.Hash == "" {
			return fmt.Errorf("item %d (%q) has no hash", i, it.Link)
		}
	}
	return nil
}

func writePoll(ctx context.Context, tx *sql.Tx, p feeds.Poll) (int, error) {
	var feedID int64
	err := tx.QueryRowContext(ctx, `
		INSERT INTO feeds (url, name, etag, last_modified, last_attempt, last_success, next_attempt, failures, last_error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET
			name = excluded.name, etag = excluded.etag, last_modified = excluded.last_modified,
			last_attempt = excluded.last_attempt, last_success = excluded.last_success,
			next_attempt = excluded.next_attempt, failures = excluded.failures, last_error = excluded.last_error
		RETURNING id`,
		p.Feed.URL, p.Feed.Name, p.State.ETag, p.State.LastModified,
		nullTime(p.State.LastAttempt), nullTime(p.State.LastSuccess), nullTime(p.State.NextAttempt),
		p.State.Failures, p.State.LastError).Scan(&feedID)
	if err != nil {
		return 0, fmt.Errorf("save feed state: %w", err)
	}
	if len(p.Items) == 0 {
		return 0, nil
	}
	insItem, err := tx.PrepareContext(ctx, `
		INSERT INTO items (feed_id, hash, guid, link, title, published, first_seen, fingerprint, report, relevant, killed)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (feed_id, hash) DO NOTHING`)
	if err != nil {
		return 0, err
	}
	defer insItem.Close()
	insGov, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO item_governorates (governorate, item_id) VALUES (?, ?)`)
	if err != nil {
		return 0, err
	}
	defer insGov.Close()

	firstSeen := formatTime(p.At)
	inserted := 0
	for _, it := range p.Items {
		published := firstSeen
		if !it.Published.IsZero() {
			published = formatTime(it.Published)
		}
		var (
			report   sql.NullString
			relevant bool
			killed   sql.NullInt64
			govs     []string
		)
		if it.Report != nil {
			b, err := json.Marshal(it.Report)
			if err != nil {
				return 0, fmt.Errorf("item %s: encode report: %w", it.Hash, err)
			}
			report = sql.NullString{String: string(b), Valid: true}
			relevant = it.Report.Relevant
			if it.Report.Killed != nil {
				killed = sql.NullInt64{Int64: int64(*it.Report.Killed), Valid: true}
			}
			govs = it.Report.Governorates()
		}
		res, err := insItem.ExecContext(ctx, feedID, it.Hash, it.GUID, it.Link, it.Title, published, firstSeen,
			int64(it.Fingerprint), report, relevant, killed)
		if err != nil {
			return 0, fmt.Errorf("item %s: %w", it.Hash, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, fmt.Errorf("item %s: %w", it.Hash, err)
		}
		if n == 0 {
			continue // the feed has it already
		}
		inserted++
		id, err := res.LastInsertId()
		if err != nil {
			return 0, fmt.Errorf("item %s: %w", it.Hash, err)
		}
		for _, g := range govs {
			if _, err := insGov.ExecContext(ctx, g, id); err != nil {
				return 0, fmt.Errorf("item %s: governorate %q: %w", it.Hash, g, err)
			}
		}
	}
	return inserted, nil
}
