package feeds

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// fakeStore is an in-memory Store with the real one's contract: CommitPoll
// is all or nothing and ignores items it already has.
type fakeStore struct {
	mu      sync.Mutex
	states  map[string]State
	items   map[string]map[string]Item // feed URL → hash → item
	commits int
	// failCommit makes CommitPoll fail when set.
	failCommit error
}

func newFakeStore() *fakeStore {
	return &fakeStore{states: map[string]State{}, items: map[string]map[string]Item{}}
}

func (s *fakeStore) FeedState(ctx context.Context, feedURL string) (State, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.states[feedURL]
	return st, ok, nil
}

func (s *fakeStore) Seen(ctx context.Context, feedURL string, hashes []string) (map[string]bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := map[string]bool{}
	for _, h := range hashes {
		if _, ok := s.items[feedURL][h]; ok {
			seen[h] = true
		}
	}
	return seen, nil
}

func (s *fakeStore) CommitPoll(ctx context.Context, p Poll) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("fake store: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failCommit != nil {
		return 0, s.failCommit
	}
	s.commits++
	s.states[p.Feed.URL] = p.State
	if s.items[p.Feed.URL] == nil {
		s.items[p.Feed.URL] = map[string]Item{}
	}
	n := 0
	for _, it := range p.Items {
		if _, ok := s.items[p.Feed.URL][it.Hash]; !ok {
			s.items[p.Feed.URL][it.Hash] = it
			n++
		}
	}
	return n, nil
}

func (s *fakeStore) state(feedURL string) State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.states[feedURL]
}

func (s *fakeStore) itemCount(feedURL string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.items[feedURL])
}

func (s *fakeStore) item(feedURL, guid string) (Item, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range s.items[feedURL] {
		if it.GUID == guid {
			return it, true
		}
	}
	return Item{}, false
}

// clock is a settable Now for tests.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}
