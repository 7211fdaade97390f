// Package feeds polls RSS, Atom and JSON feeds over HTTP (or file://) and
// hands new items, with the report extracted from each, to a Store.
package feeds

import (
	"context"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// Feed is one configured feed.
type Feed struct {
	Name      string
	URL       string
	Interval  time.Duration // 0: the poller's default
	FetchFull bool          // fetch the article page when the item's text is short
}

// State is what a feed's last poll left behind: HTTP validators for a
// conditional GET and the backoff state users see.
type State struct {
	ETag         string
	LastModified string
	LastAttempt  time.Time
	LastSuccess  time.Time
	NextAttempt  time.Time // zero: poll at the next cycle
	Failures     int       // consecutive failures
	LastError    string
}

// Item is one feed entry as the poller read it.
type Item struct {
	Hash      string // identity: hex hash of the GUID, else normalised link, else title and date
	GUID      string
	Link      string
	Title     string
	Published time.Time // zero when the feed gives no date
	Text      string    // article text (plain text or HTML)
	// Report is the extraction result; nil for items stored only as seen
	// (older than the backfill window on a feed's first poll).
	Report      *digest.Report
	Fingerprint uint64
}

// Poll is everything one poll of one feed writes: the store commits it in
// one transaction, so a crash before the commit loses nothing and the rerun
// duplicates nothing.
type Poll struct {
	Feed  Feed
	State State
	Items []Item // new items only; the store ignores any it has already
	At    time.Time
}

// Store is what the poller needs of storage.
type Store interface {
	// FeedState returns the state the feed's last poll committed; ok is false for a feed never polled.
	FeedState(ctx context.Context, feedURL string) (st State, ok bool, err error)
	// Seen reports which of the item hashes the feed already has.
	Seen(ctx context.Context, feedURL string, hashes []string) (map[string]bool, error)
	// CommitPoll writes the feed's state and its new items atomically and
	// returns how many items were inserted.
	CommitPoll(ctx context.Context, p Poll) (inserted int, err error)
}
