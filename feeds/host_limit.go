package feeds

import (
	"context"
	"net/url"
	"strings"
	"sync"
)

// hostLimit bounds the polls running at once against one host, so that
// many feeds of one publisher never hammer it.
type hostLimit struct {
	per  int
	mu   sync.Mutex
	sems map[string]chan struct{}
}

func newHostLimit(per int) *hostLimit {
	return &hostLimit{per: per, sems: map[string]chan struct{}{}}
}

// acquire waits for a slot on rawURL's host; the returned func frees it.
func (h *hostLimit) acquire(ctx context.Context, rawURL string) (func(), error) {
	host := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		host = strings.ToLower(u.Host)
	}
	h.mu.Lock()
	sem, ok := h.sems[host]
	if !ok {
		sem = make(chan struct{}, h.per)
		h.sems[host] = sem
	}
	h.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
