package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestPollFormats(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file, contentType string
		stored, reports   int
	}{
		{"rss2.xml", "application/rss+xml", 3, 3},
		{"atom.xml", "application/atom+xml", 2, 2},
		{"rss1.xml", "application/rdf+xml", 2, 1}, // one item older than the backfill window
		{"feed.json", "application/feed+json", 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			srv := serveFile(t, "testdata/"+tt.file, tt.contentType)
			st, ex := newFakeStore(), &extractStub{}
			f := Feed{Name: tt.file, URL: srv.URL + "/feed"}
			res := pollOne(t, t.Context(), st, f, testOptions(&clock{now: testNow}, ex))
			if res.Status != StatusOK || res.Err != nil {
				t.Fatalf("PollAll status = %s, %v, want ok", res.Status, res.Err)
			}
			if got := st.itemCount(f.URL); got != tt.stored {
				t.Errorf("stored items = %d, want %d", got, tt.stored)
			}
			if len(res.New) != tt.reports || ex.calls() != tt.reports {
				t.Errorf("new items with reports = %d (extract calls %d), want %d", len(res.New), ex.calls(), tt.reports)
			}
			for _, it := range res.New {
				if it.Report == nil || it.Fingerprint == 0 || it.Hash == "" {
					t.Errorf("new item %q: report %v, fingerprint %d, hash %q", it.Title, it.Report, it.Fingerprint, it.Hash)
				}
			}
		})
	}
}

func TestConditionalGET(t *testing.T) {
	t.Parallel()
	body := rssFeed([3]string{"g1", "Strike on Saraqib", "Tue, 03 Mar 2026 08:00:00 +0000"})
	tests := []struct {
		name     string
		validate func(w http.ResponseWriter, r *http.Request) bool // true: answer 304
	}{
		{"etag", func(w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("ETag", `"v1"`)
			return r.Header.Get("If-None-Match") == `"v1"`
		}},
		{"last-modified", func(w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Last-Modified", "Tue, 03 Mar 2026 08:00:00 GMT")
			return r.Header.Get("If-Modified-Since") == "Tue, 03 Mar 2026 08:00:00 GMT"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var full atomic.Int32
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				if tt.validate(w, r) {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				full.Add(1)
				w.Write([]byte(body))
			})
			st, ex, clk := newFakeStore(), &extractStub{}, &clock{now: testNow}
			f := Feed{Name: "Cond", URL: srv.URL}
			if res := pollOne(t, t.Context(), st, f, testOptions(clk, ex)); res.Status != StatusOK {
				t.Fatalf("first poll = %s, %v, want ok", res.Status, res.Err)
			}
			clk.Set(testNow.Add(time.Hour))
			res := pollOne(t, t.Context(), st, f, testOptions(clk, ex))
			if res.Status != StatusNotModified || len(res.New) != 0 {
				t.Fatalf("second poll = %s (%d new), %v, want not_modified", res.Status, len(res.New), res.Err)
			}
			if full.Load() != 1 || ex.calls() != 1 {
				t.Errorf("full responses %d, extract calls %d, want 1 and 1 (parse skipped on 304)", full.Load(), ex.calls())
			}
			if got := st.state(f.URL); !got.LastSuccess.Equal(testNow.Add(time.Hour)) || got.ETag+got.LastModified == "" {
				t.Errorf("state after 304 = %+v, want LastSuccess %v and validators kept", got, testNow.Add(time.Hour))
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		code       int
		retryAfter string
		wantWait   time.Duration
	}{
		{"429 seconds", http.StatusTooManyRequests, "7200", 2 * time.Hour},
		{"503 HTTP date", http.StatusServiceUnavailable, testNow.Add(3 * time.Hour).Format(http.TimeFormat), 3 * time.Hour},
		{"429 shorter than backoff", http.StatusTooManyRequests, "60", 15 * time.Minute},
		{"429 without header", http.StatusTooManyRequests, "", 15 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				w.WriteHeader(tt.code)
			})
			st := newFakeStore()
			f := Feed{Name: "Limited", URL: srv.URL, Interval: 15 * time.Minute}
			res := pollOne(t, t.Context(), st, f, testOptions(&clock{now: testNow}, &extractStub{}))
			if res.Status != StatusError {
				t.Fatalf("status = %s, want error", res.Status)
			}
			if got := st.state(f.URL).NextAttempt.Sub(testNow); got != tt.wantWait {
				t.Errorf("NextAttempt = now+%v, want now+%v", got, tt.wantWait)
			}
		})
	}
}

func TestBackoffThenRecovery(t *testing.T) {
	t.Parallel()
	var requests atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if requests.Add(1) <= 3 {
			http.Error(w, "upstream down", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(rssFeed([3]string{"g1", "Shelling in Ariha", ""})))
	})
	st, clk := newFakeStore(), &clock{now: testNow}
	opt := testOptions(clk, &extractStub{})
	opt.MaxBackoff = 30 * time.Minute
	f := Feed{Name: "Flaky", URL: srv.URL, Interval: 10 * time.Minute}
	p := NewPoller(st, []Feed{f}, opt)

	wantWaits := []time.Duration{10 * time.Minute, 20 * time.Minute, 30 * time.Minute} // doubled, then capped
	for i, want := range wantWaits {
		res := p.PollAll(t.Context())[0]
		if res.Status != StatusError || !strings.Contains(res.Err.Error(), `"Flaky"`) {
			t.Fatalf("failure %d: status %s, err %v, want an error naming the feed", i+1, res.Status, res.Err)
		}
		got := st.state(f.URL)
		if got.Failures != i+1 || got.NextAttempt.Sub(clk.Now()) != want || !strings.Contains(got.LastError, "HTTP 500") {
			t.Fatalf("after failure %d: state %+v, want Failures %d, NextAttempt now+%v, LastError HTTP 500", i+1, got, i+1, want)
		}
		// Before NextAttempt the feed is skipped without a request.
		clk.Set(got.NextAttempt.Add(-time.Second))
		if res := p.PollAll(t.Context())[0]; res.Status != StatusBackoff {
			t.Fatalf("poll before NextAttempt = %s, want backoff", res.Status)
		}
		clk.Set(got.NextAttempt)
	}
	if requests.Load() != 3 {
		t.Fatalf("requests = %d, want 3 (no request while backing off)", requests.Load())
	}
	res := p.PollAll(t.Context())[0]
	got := st.state(f.URL)
	if res.Status != StatusOK || got.Failures != 0 || !got.NextAttempt.IsZero() || got.LastError != "" {
		t.Errorf("after recovery: status %s, state %+v, want ok and a reset state", res.Status, got)
	}
}

func TestPollErrors(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	tests := []struct {
		name      string
		handler   http.HandlerFunc
		opt       func(*Options)
		wantClass string
		wantMsg   string
	}{
		{"slower than the timeout", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-release:
			}
		}, func(o *Options) { o.Timeout = 50 * time.Millisecond }, "timeout", "deadline exceeded"},
		{"body over the cap", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(rssFeed([3]string{"g", strings.Repeat("x", 4096), ""})))
		}, func(o *Options) { o.MaxBody = 1024 }, "too_large", "over 1024 bytes"},
		{"malformed XML", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(mustRead(t, "testdata/malformed.xml")))
		}, nil, "parse", "not a readable feed"},
		{"HTML page", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(mustRead(t, "testdata/page.html")))
		}, nil, "parse", "HTML page"},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) {
			next := map[string]string{"/a": "/b", "/b": "/c", "/c": "/a"}[r.URL.Path]
			http.Redirect(w, r, next, http.StatusFound)
		}, nil, "redirect", "redirect loop"},
		{"not found", func(w http.ResponseWriter, r *http.Request) {
			http.NotFound(w, r)
		}, nil, "http_4xx", "HTTP 404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := serve(t, tt.handler)
			st := newFakeStore()
			opt := testOptions(&clock{now: testNow}, &extractStub{})
			if tt.opt != nil {
				tt.opt(&opt)
			}
			f := Feed{Name: "Broken Wire", URL: srv.URL + "/a"}
			res := pollOne(t, t.Context(), st, f, opt)
			if res.Status != StatusError || res.Err == nil {
				t.Fatalf("status = %s, err %v, want an error", res.Status, res.Err)
			}
			msg := res.Err.Error()
			if !strings.Contains(msg, `"Broken Wire"`) || !strings.Contains(msg, tt.wantMsg) {
				t.Errorf("error %q, want it to name the feed and say %q", msg, tt.wantMsg)
			}
			if got := errorClass(res.Err); got != tt.wantClass {
				t.Errorf("errorClass(%v) = %q, want %q", res.Err, got, tt.wantClass)
			}
			if got := st.state(f.URL); got.Failures != 1 || got.LastError == "" {
				t.Errorf("committed state %+v, want one failure with its error", got)
			}
		})
	}
}

func TestCharsetFromHeader(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file, charset, guid, wantTitle string
	}{
		{"windows1256.xml", "windows-1256", "ar-1", "مقتل أربعة مدنيين بقصف على ريف إدلب"},
		{"latin1.xml", "ISO-8859-1", "fr-9", "Alep : trois blessés près du café de la citadelle"},
	}
	for _, tt := range tests {
		t.Run(tt.charset, func(t *testing.T) {
			t.Parallel()
			srv := serveFile(t, "testdata/"+tt.file, "application/rss+xml; charset="+tt.charset)
			st := newFakeStore()
			f := Feed{Name: tt.charset, URL: srv.URL}
			if res := pollOne(t, t.Context(), st, f, testOptions(&clock{now: testNow}, &extractStub{})); res.Status != StatusOK {
				t.Fatalf("status = %s, %v, want ok", res.Status, res.Err)
			}
			it, ok := st.item(f.URL, tt.guid)
			if !ok || it.Title != tt.wantTitle {
				t.Errorf("item %s title = %q, want %q", tt.guid, it.Title, tt.wantTitle)
			}
		})
	}
}

func TestFirstPollBackfill(t *testing.T) {
	t.Parallel()
	day := func(d time.Duration) string { return testNow.Add(-d).Format(time.RFC1123Z) }
	body := rssFeed(
		[3]string{"recent", "Recent strike", day(2 * time.Hour)},
		[3]string{"old", "Old strike", day(72 * time.Hour)},
		[3]string{"undated", "Undated strike", ""},
	)
	var second atomic.Bool
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if second.Load() {
			w.Write([]byte(body[:strings.Index(body, "</channel>")] +
				"<item><guid>late-old</guid><title>Late old</title><pubDate>" + day(96*time.Hour) + "</pubDate></item></channel></rss>"))
			return
		}
		w.Write([]byte(body))
	})
	st, ex := newFakeStore(), &extractStub{}
	f := Feed{Name: "Backfill", URL: srv.URL}
	opt := testOptions(&clock{now: testNow}, ex)
	res := pollOne(t, t.Context(), st, f, opt)
	if res.Status != StatusOK || st.itemCount(f.URL) != 3 {
		t.Fatalf("first poll: %s, %d stored, want ok and 3", res.Status, st.itemCount(f.URL))
	}
	wantReport := map[string]bool{"recent": true, "old": false, "undated": true}
	for guid, want := range wantReport {
		it, _ := st.item(f.URL, guid)
		if (it.Report != nil) != want {
			t.Errorf("first poll: item %s has report %v, want %v", guid, it.Report != nil, want)
		}
	}
	// After the first poll every new item gets a report, whatever its date.
	second.Store(true)
	res = pollOne(t, t.Context(), st, f, opt)
	if len(res.New) != 1 || res.New[0].GUID != "late-old" || res.New[0].Report == nil {
		t.Errorf("second poll new = %+v, want the late old item with a report", res.New)
	}
}

func TestTrackingParamsSameItem(t *testing.T) {
	t.Parallel()
	var polls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		link := "https://news.example/a/1?id=4&utm_source=rss"
		if polls.Add(1) > 1 {
			link = "https://NEWS.example/a/1?fbclid=xyz&id=4&utm_campaign=spring#comments"
		}
		fmt.Fprintf(w, `<rss version="2.0"><channel><item><title>Strike</title><link>%s</link></item></channel></rss>`,
			strings.ReplaceAll(link, "&", "&amp;"))
	})
	st := newFakeStore()
	f := Feed{Name: "Tracked", URL: srv.URL}
	opt := testOptions(&clock{now: testNow}, &extractStub{})
	pollOne(t, t.Context(), st, f, opt)
	res := pollOne(t, t.Context(), st, f, opt)
	if res.Status != StatusOK || len(res.New) != 0 || st.itemCount(f.URL) != 1 {
		t.Errorf("second poll: %s, %d new, %d stored, want ok, 0 and 1", res.Status, len(res.New), st.itemCount(f.URL))
	}
}

func TestCancelBetweenFetchAndCommit(t *testing.T) {
	t.Parallel()
	srv := serveFile(t, "testdata/rss2.xml", "application/rss+xml")
	st, ex := newFakeStore(), &extractStub{}
	f := Feed{Name: "Cancelled", URL: srv.URL}
	opt := testOptions(&clock{now: testNow}, ex)

	ctx, cancel := context.WithCancel(t.Context())
	ex.hook = cancel // extraction runs after the fetch and before the commit
	res := pollOne(t, ctx, st, f, opt)
	if res.Status != StatusError || !errors.Is(res.Err, context.Canceled) {
		t.Fatalf("cancelled poll = %s, %v, want a cancellation error", res.Status, res.Err)
	}
	if _, ok, _ := st.FeedState(t.Context(), f.URL); ok || st.itemCount(f.URL) != 0 || st.commits != 0 {
		t.Fatalf("cancelled poll wrote: state %v, %d items, %d commits; want nothing", ok, st.itemCount(f.URL), st.commits)
	}

	ex.hook = nil
	res = pollOne(t, t.Context(), st, f, opt)
	if res.Status != StatusOK || len(res.New) != 3 || st.itemCount(f.URL) != 3 {
		t.Fatalf("rerun: %s, %d new, %d stored, want ok, 3, 3", res.Status, len(res.New), st.itemCount(f.URL))
	}
	res = pollOne(t, t.Context(), st, f, opt)
	if res.Status != StatusOK || len(res.New) != 0 || st.itemCount(f.URL) != 3 {
		t.Errorf("third poll: %s, %d new, %d stored, want ok, 0, 3", res.Status, len(res.New), st.itemCount(f.URL))
	}
}

func TestFetchFull(t *testing.T) {
	t.Parallel()
	para := "<p>Rescue workers said eleven people, among them four children, were killed when warplanes struck a crowded market in the town of Maarat al-Numan on Tuesday morning. Dozens more were wounded and taken to hospitals in the surrounding villages, where doctors appealed for blood donations. </p>"
	var mux http.ServeMux
	srv := serve(t, mux.ServeHTTP)
	mux.HandleFunc("/article/full", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>Market strike</title></head><body><nav>Home | World</nav><article><h1>Market strike</h1>%s%s%s</article><footer>Contact us</footer></body></html>", para, para, para)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss version="2.0"><channel>
<item><guid>full</guid><title>Market strike</title><link>%[1]s/article/full</link><description>Eleven killed in a market strike.</description></item>
<item><guid>gone</guid><title>Gone</title><link>%[1]s/article/gone</link><description>Teaser of a missing page.</description></item>
</channel></rss>`, srv.URL)
	})
	st := newFakeStore()
	f := Feed{Name: "Teasers", URL: srv.URL + "/feed", FetchFull: true}
	res := pollOne(t, t.Context(), st, f, testOptions(&clock{now: testNow}, &extractStub{}))
	if res.Status != StatusOK {
		t.Fatalf("status = %s, %v, want ok", res.Status, res.Err)
	}
	full, _ := st.item(f.URL, "full")
	if !strings.Contains(full.Text, "Maarat al-Numan") || strings.Contains(full.Text, "Contact us") {
		t.Errorf("full item text = %q, want the article's main text", full.Text)
	}
	gone, _ := st.item(f.URL, "gone")
	if gone.Text != "Teaser of a missing page." || gone.Report == nil {
		t.Errorf("item with a missing page: text %q, report %v; want the description and a report", gone.Text, gone.Report)
	}
}

func TestPerHostLimit(t *testing.T) {
	t.Parallel()
	var inFlight, peak atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for old := peak.Load(); n > old && !peak.CompareAndSwap(old, n); old = peak.Load() {
		}
		time.Sleep(5 * time.Millisecond) // load, not timing: gives overlapping requests a chance
		w.Write([]byte(rssFeed()))
	})
	var feeds []Feed
	for i := range 8 {
		feeds = append(feeds, Feed{Name: fmt.Sprint(i), URL: fmt.Sprintf("%s/feed/%d", srv.URL, i)})
	}
	opt := testOptions(&clock{now: testNow}, &extractStub{})
	opt.PerHost = 2
	for _, res := range NewPoller(newFakeStore(), feeds, opt).PollAll(t.Context()) {
		if res.Status != StatusOK {
			t.Fatalf("feed %s: %s, %v", res.Feed.Name, res.Status, res.Err)
		}
	}
	if peak.Load() > 2 {
		t.Errorf("peak requests in flight on one host = %d, want <= 2", peak.Load())
	}
}
