package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/robfig/cron/v3"
	"github.com/sitrep/sitrep/digest"
)

// tickEvery is how often the scheduler looks for due digests and new alerts.
const tickEvery = time.Minute

// poster is what the scheduler needs of Discord.
type poster interface {
	postMessage(ctx context.Context, channelID string, m digest.Message) (id string, err error)
}

// scheduler posts each subscription's daily digest at its local time and its
// alerts. All of it happens in tick, which takes the time as an argument:
// tests drive it with a fake clock, and the same call at start-up posts a
// slot missed while the bot was down.
type scheduler struct {
	store     Store
	gazetteer Gazetteer
	post      poster
	window    time.Duration
	logger    *slog.Logger
}

// run ticks now and then every tickEvery until ctx is done.
func (s *scheduler) run(ctx context.Context, now func() time.Time) {
	t := time.NewTicker(tickEvery)
	defer t.Stop()
	for {
		if err := s.tick(ctx, now()); err != nil && ctx.Err() == nil {
			s.logger.ErrorContext(ctx, "scheduler tick", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// tick posts every subscription's most recent slot within the digest window
// that has not been delivered (older missed slots are skipped), and alerts
// for incidents not yet alerted to each channel.
func (s *scheduler) tick(ctx context.Context, now time.Time) error {
	subs, err := s.store.Subscriptions(ctx, "")
	if err != nil {
		return fmt.Errorf("bot: scheduler: subscriptions: %w", err)
	}
	var errs []error
	var recent []digest.Article // fetched once per tick, for alerts
	fetched := false
	for _, sub := range subs {
		if sub.Disabled {
			continue
		}
		if err := s.deliverDue(ctx, sub, now); err != nil {
			errs = append(errs, err)
			if accessLost(err) {
				continue
			}
		}
		if !sub.Alerts {
			continue
		}
		if !fetched {
			if recent, err = s.store.Articles(ctx, now.Add(-s.window), now.Add(time.Second)); err != nil {
				return errors.Join(append(errs, fmt.Errorf("bot: scheduler: articles for alerts: %w", err))...)
			}
			fetched = true
		}
		if err := s.alert(ctx, sub, recent, now); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// lastSlot returns the subscription's most recent scheduled time in
// (now-window, now], read in its own time zone.
func lastSlot(sub digest.Subscription, now time.Time, window time.Duration) (time.Time, bool, error) {
	hour, minute, err := parseClock(sub.Time)
	if err != nil {
		return time.Time{}, false, err
	}
	sched, err := cron.ParseStandard(fmt.Sprintf("CRON_TZ=%s %d %d * * *", sub.Timezone, minute, hour))
	if err != nil {
		return time.Time{}, false, fmt.Errorf("schedule %s %s: %w", sub.Time, sub.Timezone, err)
	}
	slot := sched.Next(now.Add(-window))
	if slot.IsZero() || slot.After(now) {
		return time.Time{}, false, nil
	}
	for next := sched.Next(slot); !next.After(now); next = sched.Next(slot) {
		slot = next
	}
	return slot, true, nil
}

func (s *scheduler) deliverDue(ctx context.Context, sub digest.Subscription, now time.Time) error {
	slot, ok, err := lastSlot(sub, now, s.window)
	if err != nil {
		return fmt.Errorf("bot: subscription %d: %w", sub.ID, err)
	}
	if !ok {
		return nil
	}
	done, err := s.store.Delivered(ctx, sub.ID, slot)
	if err != nil {
		return fmt.Errorf("bot: subscription %d: delivered: %w", sub.ID, err)
	}
	if done {
		return nil
	}
	w := digest.Window{From: slot.Add(-s.window), To: slot}
	d, err := buildDigest(ctx, s.store, w, digest.Filter{Governorate: sub.Governorate}, s.gazetteer)
	if err != nil {
		return fmt.Errorf("bot: subscription %d: %w", sub.ID, err)
	}
	var ids []string
	for _, m := range d.Discord() {
		id, err := s.post.postMessage(ctx, sub.ChannelID, m)
		if err != nil {
			return s.failed(ctx, sub, err)
		}
		ids = append(ids, id)
	}
	err = s.store.RecordDelivery(ctx, digest.Delivery{
		SubscriptionID: sub.ID, ChannelID: sub.ChannelID, Slot: slot,
		WindowFrom: w.From, WindowTo: w.To, MessageIDs: ids, DeliveredAt: now,
	})
	if err != nil {
		return fmt.Errorf("bot: subscription %d: record delivery: %w", sub.ID, err)
	}
	s.logger.InfoContext(ctx, "digest delivered", "subscription_id", sub.ID, "channel_id", sub.ChannelID,
		"slot", slot.UTC().Format(time.RFC3339), "messages", len(ids))
	return nil
}

// alert posts each incident at or above the subscription's threshold once
// per channel. Only articles first seen since the subscription was made
// count, so subscribing does not replay the past day as alerts. The alert is
// marked before it is posted: a crash in between loses one alert rather than
// posting it twice.
func (s *scheduler) alert(ctx context.Context, sub digest.Subscription, recent []digest.Article, now time.Time) error {
	var fresh []digest.Article
	for _, a := range recent {
		if !a.FirstSeen.Before(sub.CreatedAt) {
			fresh = append(fresh, a)
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	for _, inc := range digest.Incidents(fresh) {
		if inc.Killed.Count < sub.MinKilled || (sub.Governorate != "" && inc.Governorate != sub.Governorate) {
			continue
		}
		first, err := s.store.MarkAlerted(ctx, sub.ChannelID, inc.Key, now)
		if err != nil {
			return fmt.Errorf("bot: subscription %d: mark alerted: %w", sub.ID, err)
		}
		if !first {
			continue
		}
		if _, err := s.post.postMessage(ctx, sub.ChannelID, alertMessage(inc)); err != nil {
			return s.failed(ctx, sub, err)
		}
		s.logger.InfoContext(ctx, "alert posted", "subscription_id", sub.ID, "channel_id", sub.ChannelID, "incident", inc.Key)
	}
	return nil
}

// failed handles a failed post: when access is lost the subscription is
// disabled with the reason, so that it stops retrying and /subscriptions says why.
func (s *scheduler) failed(ctx context.Context, sub digest.Subscription, err error) error {
	if !accessLost(err) {
		return fmt.Errorf("bot: subscription %d: post: %w", sub.ID, err)
	}
	reason := "Discord refused the bot access to the channel (it may lack Send Messages or Embed Links)."
	var ae *APIError
	if errors.As(err, &ae) && ae.Status == 404 {
		reason = "The channel no longer exists, or the bot was removed from the server."
	}
	if derr := s.store.DisableSubscription(ctx, sub.ID, reason); derr != nil {
		return errors.Join(err, fmt.Errorf("bot: subscription %d: disable: %w", sub.ID, derr))
	}
	s.logger.WarnContext(ctx, "subscription disabled", "subscription_id", sub.ID, "channel_id", sub.ChannelID, "err", err)
	return fmt.Errorf("bot: subscription %d disabled: %w", sub.ID, err)
}

// alertMessage is the post for one incident over a subscription's threshold.
func alertMessage(in digest.Incident) digest.Message {
	r := Response{Title: "Alert: " + figureText(in.Killed) + " killed", Items: []Item{incidentItem(in)}}
	m := digest.Message{Embeds: []digest.Embed{r.embed(colorError)}}
	m.AllowedMentions = digest.AllowedMentions{Parse: []string{}}
	return m
}
