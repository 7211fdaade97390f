package feeds

import (
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// Defaults for the zero fields of Options, kept in one place.
const (
	DefaultMaxBody     = 10 << 20
	DefaultTimeout     = 30 * time.Second
	DefaultInterval    = 15 * time.Minute
	DefaultBackfill    = 24 * time.Hour
	DefaultConcurrency = 32
	DefaultPerHost     = 4
	DefaultMaxBackoff  = 12 * time.Hour
	// maxRedirects bounds a redirect chain; a loop is reported before it.
	maxRedirects = 10
	// commitTimeout bounds a commit that has started: it runs to the end even
	// when the poll's context is cancelled, so that shutdown never leaves a
	// half-written poll, but never hangs shutdown on a stuck store.
	commitTimeout = 15 * time.Second
)

// UserAgent is the User-Agent the poller sends, naming the project so that
// publishers can see who polls them.
func UserAgent(version string) string {
	return "sitrep/" + version + " (+https://github.com/sitrep/sitrep)"
}

// Options configures a Poller. Zero fields take the defaults above.
type Options struct {
	// Client does the HTTP requests; nil means a client of its own. Its
	// redirect policy is replaced by the poller's (limit and loop check).
	Client    *http.Client
	UserAgent string
	MaxBody   int64         // bytes, after decompression
	Timeout   time.Duration // one request: connect, headers and body
	// DefaultInterval is the poll interval of a feed with none; it is also
	// the first step of a failing feed's backoff.
	DefaultInterval time.Duration
	// Backfill bounds the items of a feed's first poll that get a report:
	// older items are stored as seen only.
	Backfill    time.Duration
	Concurrency int // feeds polled at once
	PerHost     int // feeds polled at once on one host
	MaxBackoff  time.Duration
	// Jitter spreads a backoff delay so that failing feeds do not retry in
	// step; nil adds up to 20% at random. Tests pass an identity.
	Jitter  func(time.Duration) time.Duration
	Now     func() time.Time
	Logger  *slog.Logger
	Metrics *Metrics // nil: no metrics

	// Extract turns an item's text into a report (digest.Extract); nil stores
	// every item as seen only, without a report.
	Extract func(text string, published time.Time) digest.Report
	// Fingerprint is the near-duplicate hash of an item's text
	// (digest.Fingerprint); nil leaves it zero.
	Fingerprint func(text string) uint64

	// OnCycle receives the results of each cycle of Run, for the CLI to print.
	OnCycle func([]Result)
}

// withDefaults returns o with every zero field set.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = UserAgent("dev")
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.DefaultInterval <= 0 {
		o.DefaultInterval = DefaultInterval
	}
	if o.Backfill <= 0 {
		o.Backfill = DefaultBackfill
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.PerHost <= 0 {
		o.PerHost = DefaultPerHost
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.Jitter == nil {
		o.Jitter = randomJitter
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Client == nil {
		o.Client = &http.Client{Transport: newTransport(o.PerHost)}
	}
	return o
}

// randomJitter adds up to a fifth of d.
func randomJitter(d time.Duration) time.Duration {
	if d <= 0 {
		return d
	}
	return d + rand.N(d/5+1)
}

// newTransport is the default transport: bounded dials and idle
// connections enough for the per-host limit. Compression is handled by the
// fetcher itself, so that the body cap counts decompressed bytes whatever
// transport a caller injects.
func newTransport(perHost int) *http.Transport {
	return &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:   true,
		MaxIdleConns:        100,
		MaxIdleConnsPerHost: perHost,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 10 * time.Second,
		DisableCompression:  true,
	}
}
