package bot

import (
	"sort"
	"strings"
	"sync"
	"time"

	"fmt"
)

// answerTTL is how long a public answer, or a read of a window of articles,
// is reused. Feeds are polled every few minutes, so a 30-second-old answer is
// current; a burst of commands (a busy server, a shared link) then costs one
// store read per window instead of one per interaction.
const answerTTL = 30 * time.Second

// cacheable are the commands whose answer depends only on their options.
var cacheable = map[string]bool{cmdLatest: true, cmdCasualties: true, cmdDigest: true, cmdWhere: true, cmdSources: true}

// ttlCache shares a value between identical requests: concurrent ones wait
// for the first (single flight), later ones reuse it for answerTTL. Errors
// are not kept.
type ttlCache[V any] struct {
	mu      sync.Mutex
	entries map[string]*cacheEntry[V]
}

type cacheEntry[V any] struct {
	done chan struct{} // closed when val and err are set
	at   time.Time
	val  V
	err  error
}

func (c *ttlCache[V]) do(key string, now time.Time, compute func() (V, error)) (V, error) {
	c.mu.Lock()
	if c.entries == nil {
		c.entries = map[string]*cacheEntry[V]{}
	}
	if e, ok := c.entries[key]; ok && now.Sub(e.at) < answerTTL {
		c.mu.Unlock()
		<-e.done
		return e.val, e.err
	}
	for k, e := range c.entries {
		if now.Sub(e.at) >= answerTTL {
			delete(c.entries, k)
		}
	}
	e := &cacheEntry[V]{done: make(chan struct{}), at: now}
	c.entries[key] = e
	c.mu.Unlock()

	finished := false
	defer func() {
		if !finished { // compute panicked: waiters get an error, the panic goes on
			e.err = fmt.Errorf("bot: %s: answer failed", key)
		}
		if e.err != nil {
			c.mu.Lock()
			if c.entries[key] == e {
				delete(c.entries, key)
			}
			c.mu.Unlock()
		}
		close(e.done)
	}()
	e.val, e.err = compute()
	finished = true
	return e.val, e.err
}

// cacheKey is the command and its options in a canonical order.
func cacheKey(req Request) string {
	names := make([]string, 0, len(req.Options))
	for n := range req.Options {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(req.Command)
	for _, n := range names {
		fmt.Fprintf(&b, " %s=%v", n, req.Options[n])
	}
	return b.String()
}
