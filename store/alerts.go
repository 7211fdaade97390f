package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// MarkAlerted records that the incident's alert went to the channel; first
// is false if it had already. Recording is atomic, so of two concurrent
// callers exactly one sees first.
func (s *Store) MarkAlerted(ctx context.Context, channelID, incidentKey string, at time.Time) (first bool, err error) {
	if channelID == "" || incidentKey == "" {
		return false, errors.New("store: mark alerted: empty channel or incident key")
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `
			INSERT INTO alerts (channel_id, incident_key, alerted_at) VALUES (?, ?, ?)
			ON CONFLICT (channel_id, incident_key) DO NOTHING`, channelID, incidentKey, formatTime(at))
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		first = n == 1
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store: mark alerted %s in channel %s: %w", incidentKey, channelID, err)
	}
	return first, nil
}
