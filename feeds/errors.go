package feeds

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// HTTPError is an HTTP response that is neither 2xx nor 304.
type HTTPError struct {
	URL  string
	Code int
	// RetryAfter is the server's Retry-After on a 429 or 503, zero when absent.
	RetryAfter time.Duration
}

func (e *HTTPError) Error() string {
	msg := fmt.Sprintf("feeds: fetch %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

// errParse marks an error of the parsing stage: the body is not a feed the
// parser can read.
var errParse = errors.New("not a readable feed")

// errorClass names the kind of a poll error for metrics and logs.
func errorClass(err error) string {
	var se *HTTPError
	var ne net.Error
	switch {
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.As(err, &se) && se.Code >= 500:
		return "http_5xx"
	case errors.As(err, &se):
		return "http_4xx"
	case errors.Is(err, errParse):
		return "parse"
	case errors.Is(err, errTooLarge):
		return "too_large"
	case errors.Is(err, errRedirectLoop), errors.Is(err, errTooManyRedirects):
		return "redirect"
	case errors.Is(err, errStore):
		return "store"
	case errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.As(err, &ne):
		return "network"
	}
	return "other"
}

// errStore marks a failure of the Store, as opposed to the feed.
var errStore = errors.New("store")
