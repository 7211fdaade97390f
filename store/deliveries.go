package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// Delivered reports whether the subscription's digest for slot was posted.
func (s *Store) Delivered(ctx context.Context, subscriptionID int64, slot time.Time) (bool, error) {
	var ok bool
	err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM deliveries WHERE subscription_id = ? AND slot = ?)`,
		subscriptionID, formatTime(slot)).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("store: delivered %d at %s: %w", subscriptionID, slot.UTC().Format(time.RFC3339), err)
	}
	return ok, nil
}

// RecordDelivery records a posted digest. Recording the same subscription
// and slot again changes nothing. A zero DeliveredAt is set to now.
func (s *Store) RecordDelivery(ctx context.Context, d digest.Delivery) error {
	if d.Slot.IsZero() {
		return fmt.Errorf("store: record delivery %d: no slot", d.SubscriptionID)
	}
	if d.DeliveredAt.IsZero() {
		d.DeliveredAt = time.Now()
	}
	ids := d.MessageIDs
	if ids == nil {
		ids = []string{}
	}
	msgs, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("store: record delivery %d: %w", d.SubscriptionID, err)
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO deliveries (subscription_id, slot, channel_id, window_from, window_to, message_ids, delivered_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (subscription_id, slot) DO NOTHING`,
			d.SubscriptionID, formatTime(d.Slot), d.ChannelID, formatTime(d.WindowFrom), formatTime(d.WindowTo),
			string(msgs), formatTime(d.DeliveredAt))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: record delivery %d at %s: %w", d.SubscriptionID, d.Slot.UTC().Format(time.RFC3339), err)
	}
	return nil
}
