package feeds

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

const maxRetryAfterSeconds = 365 * 24 * 60 * 60

// parseRetryAfter reads a Retry-After header: delay seconds or an HTTP date
// (RFC 9110 §10.2.3). It returns zero when absent, malformed or past.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		// Capped so that an absurd value cannot overflow a Duration.
		return time.Duration(min(secs, maxRetryAfterSeconds)) * time.Second
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0
	}
	return max(t.Sub(now), 0)
}
