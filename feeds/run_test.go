package feeds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// handlerTransport serves requests in memory, so that Run can be tested on
// synctest's fake clock (real sockets would keep the bubble from idling).
type handlerTransport struct{ h http.Handler }

func (t handlerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	resp := rec.Result()
	resp.Request = r
	return resp, nil
}

func TestRunPollsEachFeedAtItsInterval(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		var mu sync.Mutex
		requests := map[string]int{}
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			requests[r.URL.Path]++
			mu.Unlock()
			if r.URL.Path == "/down" {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			w.Write([]byte(rssFeed([3]string{"g", "Item", ""})))
		})
		feeds := []Feed{
			{Name: "fast", URL: "http://feeds.test/fast", Interval: 10 * time.Minute},
			{Name: "slow", URL: "http://feeds.test/slow", Interval: 30 * time.Minute},
			{Name: "down", URL: "http://feeds.test/down", Interval: 10 * time.Minute},
		}
		var cycles int
		opt := Options{
			Client:  &http.Client{Transport: handlerTransport{h}},
			Jitter:  func(d time.Duration) time.Duration { return d },
			Extract: (&extractStub{}).Extract,
			OnCycle: func([]Result) { cycles++ },
		}
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- NewPoller(newFakeStore(), feeds, opt).Run(ctx) }()

		time.Sleep(65 * time.Minute)
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run after cancellation = %v, want nil", err)
		}
		// fast: 0,10,…,60; slow: 0,30,60; down backs off: 0, 10 (+10m), 30 (+20m), next at 70 (+40m).
		want := map[string]int{"/fast": 7, "/slow": 3, "/down": 3}
		for path, n := range want {
			if requests[path] != n {
				t.Errorf("requests to %s in 65 minutes = %d, want %d", path, requests[path], n)
			}
		}
		if cycles != 7 {
			t.Errorf("cycles reported = %d, want 7", cycles)
		}
	})
}

func TestRunStopsWithoutCommittingAfterCancel(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(rssFeed([3]string{"g", "Item", ""})))
		})
		ctx, cancel := context.WithCancel(t.Context())
		ex := &extractStub{hook: cancel} // cancel mid-poll, between fetch and commit
		st := newFakeStore()
		opt := Options{Client: &http.Client{Transport: handlerTransport{h}}, Extract: ex.Extract}
		if err := NewPoller(st, []Feed{{Name: "f", URL: "http://feeds.test/f"}}, opt).Run(ctx); err != nil {
			t.Errorf("Run = %v, want nil on cancellation", err)
		}
		if st.commits != 0 {
			t.Errorf("commits after a cancelled poll = %d, want 0", st.commits)
		}
	})
}
