package feeds

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// validators are the HTTP validators of a conditional GET.
type validators struct {
	ETag         string
	LastModified string
}

// response is a fetched body and what the transport said about it. The
// body is raw: decoding its charset is left to the caller, who knows whether
// it is a feed or an HTML page.
type response struct {
	URL         string // after redirects
	Body        []byte
	ContentType string
	NotModified bool // 304: Body is empty and the validators are unchanged
	validators
}

// fetcher does HTTP (and file://) GETs: conditional requests, gzip, the body
// cap, timeouts, redirects and Retry-After. It never parses what it fetches.
type fetcher struct {
	client    *http.Client
	userAgent string
	maxBody   int64
	timeout   time.Duration
	now       func() time.Time
}

func newFetcher(o Options) *fetcher {
	c := *o.Client // a copy, so the caller's client keeps its own policy
	c.CheckRedirect = checkRedirect
	return &fetcher{client: &c, userAgent: o.UserAgent, maxBody: o.MaxBody, timeout: o.Timeout, now: o.Now}
}

// fetch GETs rawURL, sending v as a conditional GET.
func (f *fetcher) fetch(ctx context.Context, rawURL string, v validators) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: %w", rawURL, err)
	}
	if u.Scheme == "file" {
		return f.fetchFile(u, v)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("feeds: fetch %s: unsupported scheme %q", rawURL, u.Scheme)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8")
	req.Header.Set("Accept-Encoding", "gzip")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()

	out := &response{
		URL:         resp.Request.URL.String(),
		ContentType: resp.Header.Get("Content-Type"),
		validators:  validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.validators = mergeValidators(v, out.validators)
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		se := &HTTPError{URL: rawURL, Code: resp.StatusCode}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			se.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), f.now())
		}
		return nil, se
	}
	body := io.Reader(resp.Body)
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("feeds: fetch %s: gzip: %w", rawURL, err)
		}
		defer zr.Close()
		body = zr
	}
	if out.Body, err = readCapped(body, f.maxBody); err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: %w", rawURL, err)
	}
	return out, nil
}

// mergeValidators keeps the validators a 304 did not repeat.
func mergeValidators(sent, got validators) validators {
	if got.ETag == "" {
		got.ETag = sent.ETag
	}
	if got.LastModified == "" {
		got.LastModified = sent.LastModified
	}
	return got
}

// fetchFile reads a local feed for offline use. Its modification time
// stands in for Last-Modified, so an unchanged file is "not modified".
func (f *fetcher) fetchFile(u *url.URL, v validators) (*response, error) {
	path := u.Path
	if u.Opaque != "" {
		path = u.Opaque // file:relative/path
	}
	if u.Host != "" && u.Host != "localhost" {
		return nil, fmt.Errorf("feeds: fetch %s: only local files can be read", u)
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: %w", u, err)
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: %w", u, err)
	}
	out := &response{URL: u.String(), validators: validators{LastModified: info.ModTime().UTC().Format(http.TimeFormat)}}
	if v.LastModified == out.LastModified {
		out.NotModified = true
		return out, nil
	}
	if out.Body, err = readCapped(file, f.maxBody); err != nil {
		return nil, fmt.Errorf("feeds: fetch %s: %w", u, err)
	}
	return out, nil
}

// errTooLarge is wrapped by every body over the cap.
var errTooLarge = errors.New("body too large")

// readCapped reads r whole, failing rather than truncating past limit bytes:
// a truncated feed would parse into a silently partial one.
func readCapped(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: over %d bytes", errTooLarge, limit)
	}
	return b, nil
}

// errRedirectLoop is wrapped when a redirect comes back to a URL already visited.
var errRedirectLoop = errors.New("redirect loop")

// checkRedirect stops a loop at its first repeat and any chain at maxRedirects.
func checkRedirect(req *http.Request, via []*http.Request) error {
	next := req.URL.String()
	for _, prev := range via {
		if prev.URL.String() == next {
			return fmt.Errorf("%w: back to %s after %d redirects", errRedirectLoop, next, len(via))
		}
	}
	if len(via) > maxRedirects {
		return fmt.Errorf("%w: more than %d", errTooManyRedirects, maxRedirects)
	}
	return nil
}

// errTooManyRedirects is wrapped when a redirect chain is longer than maxRedirects.
var errTooManyRedirects = errors.New("too many redirects")
