package bot

import (
	"context"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// Reports is what the commands read: articles with their extracted reports
// and the health of the feeds they came from.
type Reports interface {
	// Articles returns the articles published in [from, to), oldest first.
	Articles(ctx context.Context, from, to time.Time) ([]digest.Article, error)
	// LatestArticles returns the newest relevant articles, newest first;
	// governorate "" means any.
	LatestArticles(ctx context.Context, limit int, governorate string) ([]digest.Article, error)
	// FeedStatuses returns every feed ever polled, by name.
	FeedStatuses(ctx context.Context) ([]digest.FeedStatus, error)
}

// Subscriptions is where channels' standing orders and what was delivered
// for them live, so that a restart never posts twice.
type Subscriptions interface {
	// SaveSubscription stores sub, replacing any for the same channel.
	SaveSubscription(ctx context.Context, sub digest.Subscription) (digest.Subscription, error)
	// DeleteSubscription reports false if the channel had none.
	DeleteSubscription(ctx context.Context, guildID, channelID string) (bool, error)
	// Subscriptions returns a guild's subscriptions ("" = all), disabled ones included.
	Subscriptions(ctx context.Context, guildID string) ([]digest.Subscription, error)
	DisableSubscription(ctx context.Context, id int64, reason string) error
	Delivered(ctx context.Context, subscriptionID int64, slot time.Time) (bool, error)
	// RecordDelivery is idempotent on (subscription, slot).
	RecordDelivery(ctx context.Context, d digest.Delivery) error
	// MarkAlerted records that an incident's alert went to a channel; first
	// is false if it already had.
	MarkAlerted(ctx context.Context, channelID, incidentKey string, at time.Time) (first bool, err error)
}

// Store is all the bot needs of storage; the store package's *Store has it.
type Store interface {
	Reports
	Subscriptions
}

// Gazetteer resolves and completes place names (digest.DefaultGazetteer()).
type Gazetteer interface {
	// Complete returns up to limit places whose name or a spelling variant
	// starts with prefix.
	Complete(prefix string, limit int) []digest.Place
	// Lookup resolves a name or spelling variant to its place.
	Lookup(name string) (digest.Place, bool)
}

// Deps is what the command logic and the scheduler run on.
type Deps struct {
	Store     Store
	Gazetteer Gazetteer
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

func (d Deps) now() time.Time {
	if d.Now == nil {
		return time.Now()
	}
	return d.Now()
}
