package digest

import "time"

// Article is one feed item as stored, with the report extracted from it:
// what incidents and digests are built from.
type Article struct {
	ID    int64  `json:"id"`
	Feed  string `json:"feed"` // the feed's name: the outlet readers see
	Title string `json:"title"`
	Link  string `json:"link"`
	// Published is the item's own date, or when it was first seen if the feed gives none.
	Published time.Time `json:"published"`
	FirstSeen time.Time `json:"first_seen"`
	// Fingerprint is a SimHash of the article text, for near-duplicate detection.
	Fingerprint uint64 `json:"fingerprint"`
	Report      Report `json:"report"`
}

// FeedStatus is a feed's health as users see it (poll table, /sources).
type FeedStatus struct {
	Name        string    `json:"name"`
	URL         string    `json:"url"`
	LastAttempt time.Time `json:"last_attempt"`
	LastSuccess time.Time `json:"last_success"`
	NextAttempt time.Time `json:"next_attempt"`
	Failures    int       `json:"failures"` // consecutive failed polls; 0 when healthy
	LastError   string    `json:"last_error"`
	Items       int       `json:"items"`
	Reports     int       `json:"reports"` // relevant reports stored
}

// Subscription is a Discord channel's standing order for a daily digest.
type Subscription struct {
	ID          int64  `json:"id"`
	GuildID     string `json:"guild_id"`
	ChannelID   string `json:"channel_id"`
	Time        string `json:"time"`     // local "HH:MM"
	Timezone    string `json:"timezone"` // IANA name
	Governorate string `json:"governorate"`
	Alerts      bool   `json:"alerts"`
	MinKilled   int    `json:"min_killed"`
	CreatedBy   string `json:"created_by"`
	Disabled    bool   `json:"disabled"`
	// DisabledReason says why delivery stopped (access lost, channel deleted).
	DisabledReason string    `json:"disabled_reason"`
	CreatedAt      time.Time `json:"created_at"`
}

// Delivery records one digest posted for a subscription's slot, so that a
// restart never posts it twice.
type Delivery struct {
	SubscriptionID int64     `json:"subscription_id"`
	ChannelID      string    `json:"channel_id"`
	Slot           time.Time `json:"slot"` // the scheduled time the digest is for
	WindowFrom     time.Time `json:"window_from"`
	WindowTo       time.Time `json:"window_to"`
	MessageIDs     []string  `json:"message_ids"`
	DeliveredAt    time.Time `json:"delivered_at"`
}
