package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// pollFeed polls one feed: load its state, fetch, parse, keep the unseen
// items, extract their reports, and commit state and items in one Poll.
func (p *Poller) pollFeed(ctx context.Context, f Feed) Result {
	start := time.Now()
	res, inserted := p.poll(ctx, f)
	res.Feed = f
	res.Duration = time.Since(start)
	p.opt.Metrics.observe(res, inserted)
	log := p.opt.Logger.With("feed", f.Name, "url", f.URL, "status", string(res.Status),
		"new", len(res.New), "duration_ms", res.Duration.Milliseconds())
	if res.Err != nil {
		log.Warn("feeds: poll failed", "error", res.Err, "error_class", errorClass(res.Err),
			"failures", res.State.Failures, "next_attempt", res.State.NextAttempt)
	} else {
		log.Debug("feeds: polled")
	}
	return res
}

// poll does the work of pollFeed; inserted counts the items the store took.
func (p *Poller) poll(ctx context.Context, f Feed) (res Result, inserted int) {
	st, polledBefore, err := p.store.FeedState(ctx, f.URL)
	if err != nil {
		return p.failed(f, st, fmt.Errorf("%w: %w", errStore, err)), 0
	}
	now := p.opt.Now()
	if st.NextAttempt.After(now) {
		return Result{Status: StatusBackoff, State: st}, 0
	}

	release, err := p.acquire(ctx, f.URL)
	if err != nil {
		return p.failed(f, st, err), 0
	}
	defer release()

	st.LastAttempt = now
	resp, err := p.fetch.fetch(ctx, f.URL, validators{ETag: st.ETag, LastModified: st.LastModified})
	if err != nil {
		return p.fail(ctx, f, st, now, err), 0
	}
	if resp.NotModified {
		st = succeeded(st, now, resp.validators)
		if inserted, err = p.commit(ctx, Poll{Feed: f, State: st, At: now}); err != nil {
			return p.failed(f, st, err), 0
		}
		return Result{Status: StatusNotModified, State: st}, inserted
	}
	items, err := Parse(resp.URL, bytes.NewReader(feedUTF8(resp.Body, resp.ContentType)))
	if err != nil {
		return p.fail(ctx, f, st, now, err), 0
	}
	fresh, err := p.unseen(ctx, f, items)
	if err != nil {
		return p.failed(f, st, err), 0
	}
	p.report(ctx, f, fresh, polledBefore, now)

	st = succeeded(st, now, resp.validators)
	if inserted, err = p.commit(ctx, Poll{Feed: f, State: st, Items: fresh, At: now}); err != nil {
		return p.failed(f, st, err), 0
	}
	res = Result{Status: StatusOK, State: st}
	for _, it := range fresh {
		if it.Report != nil {
			res.New = append(res.New, it)
		}
	}
	return res, inserted
}

// acquire takes a slot on the feed's host, then a global one.
func (p *Poller) acquire(ctx context.Context, feedURL string) (func(), error) {
	releaseHost, err := p.hosts.acquire(ctx, feedURL)
	if err != nil {
		return nil, err
	}
	select {
	case p.slots <- struct{}{}:
		return func() { <-p.slots; releaseHost() }, nil
	case <-ctx.Done():
		releaseHost()
		return nil, ctx.Err()
	}
}

// unseen returns the items the store does not have yet.
func (p *Poller) unseen(ctx context.Context, f Feed, items []Item) ([]Item, error) {
	if len(items) == 0 {
		return nil, nil
	}
	hashes := make([]string, len(items))
	for i, it := range items {
		hashes[i] = it.Hash
	}
	seen, err := p.store.Seen(ctx, f.URL, hashes)
	if err != nil {
		return nil, fmt.Errorf("%w: seen: %w", errStore, err)
	}
	var fresh []Item
	for _, it := range items {
		if !seen[it.Hash] {
			fresh = append(fresh, it)
		}
	}
	return fresh, nil
}

// report extracts the report of each new item. On a feed's first poll,
// items older than the backfill window are kept as seen only.
func (p *Poller) report(ctx context.Context, f Feed, items []Item, polledBefore bool, now time.Time) {
	if p.opt.Extract == nil {
		return
	}
	horizon := now.Add(-p.opt.Backfill)
	for i := range items {
		it := &items[i]
		if !polledBefore && !it.Published.IsZero() && it.Published.Before(horizon) {
			continue
		}
		if f.FetchFull && isShort(it.Text) && ctx.Err() == nil {
			it.Text = p.fullText(ctx, f, it)
		}
		published := it.Published
		if published.IsZero() {
			published = now // a feed without dates: the item is news now
		}
		r := p.opt.Extract(withTitle(it.Title, it.Text), published)
		it.Report = &r
		if p.opt.Fingerprint != nil {
			it.Fingerprint = p.opt.Fingerprint(it.Text)
		}
	}
}

// withTitle puts the headline before the text, as the first paragraph, unless
// the text already opens with it: a summary often names the place or the
// toll only in its headline.
func withTitle(title, text string) string {
	title = strings.TrimSpace(title)
	if title == "" || strings.HasPrefix(strings.TrimSpace(text), title) {
		return text
	}
	return title + "\n" + text
}

// fullText returns the text of the item's article page, or the item's own
// text when the page cannot be had: a teaser is better than nothing.
func (p *Poller) fullText(ctx context.Context, f Feed, it *Item) string {
	text, err := p.fetch.articleText(ctx, it.Link)
	if err != nil {
		p.opt.Logger.Info("feeds: full text unavailable, using the feed's text",
			"feed", f.Name, "link", it.Link, "error", err)
		return it.Text
	}
	if len(text) < len(it.Text) {
		return it.Text
	}
	return text
}

// commit writes the poll unless ctx is already done. Once started it runs to
// the end (bounded by commitTimeout), so cancellation never interrupts a
// write half-way; the store's transaction makes it all or nothing anyway.
func (p *Poller) commit(ctx context.Context, poll Poll) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), commitTimeout)
	defer cancel()
	n, err := p.store.CommitPoll(cctx, poll)
	if err != nil {
		return 0, fmt.Errorf("%w: commit: %w", errStore, err)
	}
	return n, nil
}

// fail records a failed fetch or parse in the feed's state (backoff and the
// error users see) and commits it, unless ctx is done: a cancelled poll is
// not the feed's fault and writes nothing.
func (p *Poller) fail(ctx context.Context, f Feed, st State, now time.Time, err error) Result {
	if ctx.Err() != nil {
		return p.failed(f, st, err)
	}
	var retryAfter time.Duration
	var se *HTTPError
	if errors.As(err, &se) {
		retryAfter = se.RetryAfter
	}
	st.Failures++
	st.LastError = err.Error()
	st.NextAttempt = now.Add(backoff(st.Failures, p.interval(f), p.opt.MaxBackoff, retryAfter, p.opt.Jitter))
	if _, cerr := p.commit(ctx, Poll{Feed: f, State: st, At: now}); cerr != nil {
		p.opt.Logger.Error("feeds: cannot record the failure", "feed", f.Name, "error", cerr)
	}
	return p.failed(f, st, err)
}

// failed is an error result whose error names the feed.
func (p *Poller) failed(f Feed, st State, err error) Result {
	return Result{Status: StatusError, State: st, Err: fmt.Errorf("feeds: poll %q: %w", f.Name, err)}
}

// succeeded is st after a good poll: new validators, backoff cleared.
func succeeded(st State, now time.Time, v validators) State {
	st.ETag, st.LastModified = v.ETag, v.LastModified
	st.LastSuccess = now
	st.NextAttempt = time.Time{}
	st.Failures = 0
	st.LastError = ""
	return st
}
