package feeds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// testNow is the tests' clock: testdata items are dated the day before.
var testNow = time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)

// extractStub stands in for digest.Extract and records what it was given.
type extractStub struct {
	mu    sync.Mutex
	texts []string
	// hook runs on each call (the cancellation test cancels from it).
	hook func()
}

func (e *extractStub) Extract(text string, published time.Time) digest.Report {
	e.mu.Lock()
	e.texts = append(e.texts, text)
	hook := e.hook
	e.mu.Unlock()
	if hook != nil {
		hook()
	}
	return digest.Report{Relevant: true, Published: digest.DateOf(published), Summary: text[:min(len(text), 30)]}
}

func (e *extractStub) calls() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.texts)
}

// testOptions are deterministic options: a settable clock, no jitter.
func testOptions(clk *clock, ex *extractStub) Options {
	return Options{
		Now:         clk.Now,
		Jitter:      func(d time.Duration) time.Duration { return d },
		Extract:     ex.Extract,
		Fingerprint: func(s string) uint64 { return uint64(len(s)) },
		Timeout:     5 * time.Second,
		UserAgent:   UserAgent("test"),
	}
}

// serveFile starts a server that answers every request with a testdata file.
func serveFile(t *testing.T, path, contentType string) *httptest.Server {
	t.Helper()
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	})
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// pollOne polls a single feed and returns its result.
func pollOne(t *testing.T, ctx context.Context, st Store, f Feed, opt Options) Result {
	t.Helper()
	res := NewPoller(st, []Feed{f}, opt).PollAll(ctx)
	if len(res) != 1 {
		t.Fatalf("PollAll returned %d results, want 1", len(res))
	}
	return res[0]
}

// rssFeed renders a small RSS 2.0 document; items are guid, title, date (RFC 1123Z or "").
func rssFeed(items ...[3]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>`)
	for _, it := range items {
		b.WriteString("<item><guid>" + it[0] + "</guid><title>" + it[1] + "</title>")
		if it[2] != "" {
			b.WriteString("<pubDate>" + it[2] + "</pubDate>")
		}
		b.WriteString("<description>Report on " + it[1] + ".</description></item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}
