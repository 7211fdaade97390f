package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// APIError is a Discord REST error with nothing of the request in it: no
// URL (interaction tokens live there) and no headers (the bot token does).
type APIError struct {
	Route      string // e.g. "POST /channels/{id}/messages"
	Status     int
	Code       int    // Discord's JSON error code, 0 if none
	Message    string // Discord's message
	RetryAfter time.Duration
}

func (e *APIError) Error() string {
	if e.Message != "" {
		return fmt.Sprintf("bot: %s: HTTP %d: %s (code %d)", e.Route, e.Status, e.Message, e.Code)
	}
	return fmt.Sprintf("bot: %s: HTTP %d", e.Route, e.Status)
}

// accessLost reports whether the error means the bot can no longer post
// there (no permission, channel gone): retrying will not help.
func accessLost(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && (ae.Status == http.StatusForbidden || ae.Status == http.StatusNotFound)
}

// restClient sends the bot's REST calls with retries: it waits out 429s
// (retry_after) and backs off on 5xx. Calls authenticated by the bot token
// hold discordgo's rate-limit bucket for their route, which also honours the
// global limit; interaction replies, authenticated by their own token and
// exempt from the global limit, go straight out.
type restClient struct {
	session  *discordgo.Session
	http     *http.Client
	logger   *slog.Logger
	attempts int           // per call, 429s included
	backoff  time.Duration // first 5xx wait, doubled each time
	maxWait  time.Duration // cap on any single wait
}

// call is one REST request.
type call struct {
	method string
	url    string
	route  string // the URL without tokens, for errors, logs and buckets
	body   any    // marshalled as JSON; nil for none
	bucket bool   // bot-token route: authorised, and through discordgo's rate limiter
}

func (c *restClient) do(ctx context.Context, cl call) ([]byte, error) {
	var body []byte
	if cl.body != nil {
		var err error
		if body, err = json.Marshal(cl.body); err != nil {
			return nil, fmt.Errorf("bot: %s: encode: %w", cl.route, err)
		}
	}
	wait := c.backoff
	for attempt := 1; ; attempt++ {
		resp, err := c.once(ctx, cl, body)
		if err == nil {
			return resp, nil
		}
		var ae *APIError
		if !errors.As(err, &ae) || attempt >= c.attempts {
			return nil, err
		}
		var d time.Duration
		switch {
		case ae.Status == http.StatusTooManyRequests:
			d = ae.RetryAfter
		case ae.Status >= 500:
			d = wait
			wait *= 2
		default:
			return nil, err
		}
		d = min(d, c.maxWait)
		c.logger.WarnContext(ctx, "discord request retried", "route", cl.route, "status", ae.Status,
			"attempt", attempt, "wait_ms", d.Milliseconds())
		if err := sleep(ctx, d); err != nil {
			return nil, fmt.Errorf("bot: %s: %w", cl.route, err)
		}
	}
}

func (c *restClient) once(ctx context.Context, cl call, body []byte) ([]byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, cl.method, cl.url, rd)
	if err != nil {
		return nil, fmt.Errorf("bot: %s: %w", cl.route, scrubURL(err))
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("User-Agent", c.session.UserAgent)
	var bucket *discordgo.Bucket
	if cl.bucket {
		req.Header.Set("Authorization", c.session.Token)
		// Waits out the route's bucket and any global limit Discord announced.
		bucket = c.session.Ratelimiter.LockBucket(cl.route)
	}
	res, err := c.http.Do(req)
	if err != nil {
		if bucket != nil {
			_ = bucket.Release(nil) // nothing learnt about the limits
		}
		return nil, fmt.Errorf("bot: %s: %w", cl.route, scrubURL(err))
	}
	defer res.Body.Close()
	if bucket != nil {
		if err := bucket.Release(res.Header); err != nil {
			c.logger.WarnContext(ctx, "discord rate limit headers unreadable", "route", cl.route, "err", err)
		}
	}
	resp, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("bot: %s: read response: %w", cl.route, scrubURL(err))
	}
	if res.StatusCode >= 200 && res.StatusCode < 300 {
		return resp, nil
	}
	return nil, apiError(cl.route, res.StatusCode, res.Header, resp)
}

// scrub turns a discordgo error into one that carries neither the request
// (its headers hold the token) nor the URL.
func scrub(route string, err error) error {
	if err == nil {
		return nil
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		return &APIError{Route: route, Status: http.StatusTooManyRequests, Message: rl.Message, RetryAfter: rl.RetryAfter}
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		return apiError(route, re.Response.StatusCode, re.Response.Header, re.ResponseBody)
	}
	return fmt.Errorf("bot: %s: %w", route, scrubURL(err))
}

// scrubURL drops the URL of a *url.Error, keeping its cause.
func scrubURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// apiError reads Discord's JSON error body and, for 429, retry_after.
func apiError(route string, status int, h http.Header, body []byte) *APIError {
	var m struct {
		Code       int     `json:"code"`
		Message    string  `json:"message"`
		RetryAfter float64 `json:"retry_after"`
	}
	_ = json.Unmarshal(body, &m) // a non-JSON body leaves the message empty
	e := &APIError{Route: route, Status: status, Code: m.Code, Message: m.Message}
	if status == http.StatusTooManyRequests {
		secs := m.RetryAfter
		if v, err := strconv.ParseFloat(h.Get("Retry-After"), 64); err == nil && secs == 0 {
			secs = v
		}
		e.RetryAfter = time.Duration(math.Max(secs, 0) * float64(time.Second))
	}
	return e
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
