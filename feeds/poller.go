package feeds

import (
	"context"
	"slices"
	"sync"
	"time"
)

// Status is the outcome of one feed's poll.
type Status string

const (
	StatusOK          Status = "ok"
	StatusNotModified Status = "not_modified"
	StatusError       Status = "error"
	StatusBackoff     Status = "backoff" // skipped: State.NextAttempt is in the future
)

// Result is what one poll of one feed did.
type Result struct {
	Feed   Feed
	Status Status
	Err    error // set when Status is StatusError; it names the feed
	// New holds the items this poll committed for the first time that
	// carry a report.
	New      []Item
	State    State // as committed (or, for StatusBackoff, as loaded)
	Duration time.Duration
}

// Poller polls a fixed set of feeds into a Store.
type Poller struct {
	store Store
	feeds []Feed
	opt   Options
	fetch *fetcher
	hosts *hostLimit
	slots chan struct{} // the global concurrency limit
}

// NewPoller returns a poller of feeds into store; zero options take their defaults.
func NewPoller(store Store, feeds []Feed, opt Options) *Poller {
	opt = opt.withDefaults()
	if opt.Extract == nil {
		opt.Logger.Warn("feeds: no Extract hook: items are stored without reports")
	}
	return &Poller{
		store: store,
		feeds: slices.Clone(feeds),
		opt:   opt,
		fetch: newFetcher(opt),
		hosts: newHostLimit(opt.PerHost),
		slots: make(chan struct{}, opt.Concurrency),
	}
}

// PollAll polls every feed that is due once and returns one result per
// feed, in the order the feeds were given.
func (p *Poller) PollAll(ctx context.Context) []Result {
	return p.pollFeeds(ctx, p.feeds)
}

// pollFeeds polls feeds concurrently within the global and per-host limits.
func (p *Poller) pollFeeds(ctx context.Context, feeds []Feed) []Result {
	results := make([]Result, len(feeds))
	var wg sync.WaitGroup
	for i, f := range feeds {
		wg.Go(func() { results[i] = p.pollFeed(ctx, f) })
	}
	wg.Wait()
	return results
}

// Run polls each feed at its own interval (a failing feed at its
// NextAttempt) until ctx is done, passing each cycle's results to
// Options.OnCycle. On cancellation it lets the commits in flight finish and
// returns nil.
func (p *Poller) Run(ctx context.Context) error {
	if len(p.feeds) == 0 {
		<-ctx.Done()
		return nil
	}
	due := make([]time.Time, len(p.feeds)) // zero: due now
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-timer.C:
		}
		now := p.opt.Now()
		var batch []Feed
		var idx []int
		for i, f := range p.feeds {
			if !due[i].After(now) {
				batch = append(batch, f)
				idx = append(idx, i)
			}
		}
		if len(batch) > 0 {
			results := p.pollFeeds(ctx, batch)
			if ctx.Err() != nil {
				return nil
			}
			for j, r := range results {
				due[idx[j]] = p.nextDue(r, now)
			}
			if p.opt.OnCycle != nil {
				p.opt.OnCycle(results)
			}
		}
		timer.Reset(max(slices.MinFunc(due, time.Time.Compare).Sub(p.opt.Now()), 0))
	}
}

// nextDue is when Run polls a feed again: its interval after this cycle
// started, or later when the feed is backing off.
func (p *Poller) nextDue(r Result, cycle time.Time) time.Time {
	if !r.State.NextAttempt.IsZero() {
		return r.State.NextAttempt
	}
	return cycle.Add(p.interval(r.Feed))
}

func (p *Poller) interval(f Feed) time.Duration {
	if f.Interval > 0 {
		return f.Interval
	}
	return p.opt.DefaultInterval
}
