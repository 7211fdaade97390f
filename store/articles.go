package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// articleColumns are what scanArticles reads, in order.
const articleColumns = `i.id, f.name, i.title, i.link, i.published, i.first_seen, i.fingerprint, i.report
	FROM items i JOIN feeds f ON f.id = i.feed_id`

// Articles returns the items carrying a report published in [from, to),
// oldest first. An item without a date counts at its first-seen time.
func (s *Store) Articles(ctx context.Context, from, to time.Time) ([]digest.Article, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`
		WHERE i.report IS NOT NULL AND i.published >= ? AND i.published < ?
		ORDER BY i.published, i.id`, formatTime(from), formatTime(to))
	if err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	as, err := scanArticles(rows)
	if err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	return as, nil
}

// LatestArticles returns up to limit relevant articles, newest first; a
// non-empty governorate (any case) keeps those whose report places one there.
func (s *Store) LatestArticles(ctx context.Context, limit int, governorate string) ([]digest.Article, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("store: latest articles: limit %d: want a positive number", limit)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`
		WHERE i.relevant = 1 AND (?1 = '' OR i.id IN (
			SELECT item_id FROM item_governorates WHERE governorate = ?1))
		ORDER BY i.published DESC, i.id DESC
		LIMIT ?2`, governorate, limit)
	if err != nil {
		return nil, fmt.Errorf("store: latest articles: %w", err)
	}
	as, err := scanArticles(rows)
	if err != nil {
		return nil, fmt.Errorf("store: latest articles: %w", err)
	}
	return as, nil
}

// scanArticles reads and closes rows selected with articleColumns.
func scanArticles(rows *sql.Rows) ([]digest.Article, error) {
	defer rows.Close()
	var (
		as     []digest.Article
		report []byte
	)
	for rows.Next() {
		var (
			a           digest.Article
			fingerprint int64
		)
		err := rows.Scan(&a.ID, &a.Feed, &a.Title, &a.Link, timeCol{&a.Published}, timeCol{&a.FirstSeen},
			&fingerprint, &report)
		if err != nil {
			return nil, fmt.Errorf("item %d: %w", a.ID, err)
		}
		a.Fingerprint = uint64(fingerprint)
		if err := json.Unmarshal(report, &a.Report); err != nil {
			return nil, fmt.Errorf("item %d: decode report: %w", a.ID, err)
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

// FeedStatuses returns every feed ever polled, by name, with how many items
// and relevant reports it has given.
func (s *Store) FeedStatuses(ctx context.Context) ([]digest.FeedStatus, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT f.name, f.url, f.last_attempt, f.last_success, f.next_attempt, f.failures, f.last_error,
			(SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id),
			(SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id AND i.relevant = 1)
		FROM feeds f ORDER BY f.name, f.url`)
	if err != nil {
		return nil, fmt.Errorf("store: feed statuses: %w", err)
	}
	defer rows.Close()
	var out []digest.FeedStatus
	for rows.Next() {
		var st digest.FeedStatus
		err := rows.Scan(&st.Name, &st.URL, timeCol{&st.LastAttempt}, timeCol{&st.LastSuccess},
			timeCol{&st.NextAttempt}, &st.Failures, &st.LastError, &st.Items, &st.Reports)
		if err != nil {
			return nil, fmt.Errorf("store: feed statuses: %w", err)
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feed statuses: %w", err)
	}
	return out, nil
}
