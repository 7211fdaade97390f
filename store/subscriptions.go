package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// SaveSubscription stores the channel's subscription, replacing any it had
// (keeping its ID, so deliveries already made still count). A zero CreatedAt
// is set to now. It returns the subscription as stored.
func (s *Store) SaveSubscription(ctx context.Context, sub digest.Subscription) (digest.Subscription, error) {
	if sub.ChannelID == "" {
		return digest.Subscription{}, errors.New("store: save subscription: no channel")
	}
	if sub.CreatedAt.IsZero() {
		sub.CreatedAt = time.Now()
	}
	sub.CreatedAt = sub.CreatedAt.UTC()
	err := s.write(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `
			INSERT INTO subscriptions (guild_id, channel_id, time, timezone, governorate, alerts, min_killed,
				created_by, disabled, disabled_reason, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (channel_id) DO UPDATE SET
				guild_id = excluded.guild_id, time = excluded.time, timezone = excluded.timezone,
				governorate = excluded.governorate, alerts = excluded.alerts, min_killed = excluded.min_killed,
				created_by = excluded.created_by, disabled = excluded.disabled,
				disabled_reason = excluded.disabled_reason, created_at = excluded.created_at
			RETURNING id`,
			sub.GuildID, sub.ChannelID, sub.Time, sub.Timezone, sub.Governorate, sub.Alerts, sub.MinKilled,
			sub.CreatedBy, sub.Disabled, sub.DisabledReason, formatTime(sub.CreatedAt)).Scan(&sub.ID)
	})
	if err != nil {
		return digest.Subscription{}, fmt.Errorf("store: save subscription for channel %s: %w", sub.ChannelID, err)
	}
	return sub, nil
}

// DeleteSubscription removes the channel's subscription and its delivery
// records; it reports false if there was none.
func (s *Store) DeleteSubscription(ctx context.Context, guildID, channelID string) (bool, error) {
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM subscriptions WHERE guild_id = ? AND channel_id = ?`,
			guildID, channelID)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store: delete subscription for channel %s: %w", channelID, err)
	}
	return n > 0, nil
}

// Subscriptions returns the guild's subscriptions ("" = every guild's),
// disabled ones included, in the order they were first made.
func (s *Store) Subscriptions(ctx context.Context, guildID string) ([]digest.Subscription, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT id, guild_id, channel_id, time, timezone, governorate, alerts, min_killed, created_by,
			disabled, disabled_reason, created_at
		FROM subscriptions WHERE ?1 = '' OR guild_id = ?1 ORDER BY id`, guildID)
	if err != nil {
		return nil, fmt.Errorf("store: subscriptions: %w", err)
	}
	defer rows.Close()
	var out []digest.Subscription
	for rows.Next() {
		var sub digest.Subscription
		err := rows.Scan(&sub.ID, &sub.GuildID, &sub.ChannelID, &sub.Time, &sub.Timezone, &sub.Governorate,
			&sub.Alerts, &sub.MinKilled, &sub.CreatedBy, &sub.Disabled, &sub.DisabledReason,
			timeCol{&sub.CreatedAt})
		if err != nil {
			return nil, fmt.Errorf("store: subscriptions: %w", err)
		}
		out = append(out, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: subscriptions: %w", err)
	}
	return out, nil
}

// DisableSubscription stops deliveries to a subscription, saying why; saving
// the channel's subscription again enables it. An unknown id wraps ErrNotFound.
func (s *Store) DisableSubscription(ctx context.Context, id int64, reason string) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE subscriptions SET disabled = 1, disabled_reason = ? WHERE id = ?`,
			reason, id)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err == nil && n == 0 {
			err = ErrNotFound
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("store: disable subscription %d: %w", id, err)
	}
	return nil
}
