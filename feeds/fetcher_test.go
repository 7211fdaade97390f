package feeds

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func testFetcher(mutate func(*Options)) *fetcher {
	opt := Options{UserAgent: UserAgent("1.2.3"), Now: func() time.Time { return testNow }}
	if mutate != nil {
		mutate(&opt)
	}
	return newFetcher(opt.withDefaults())
}

func TestFetchSendsUserAgentAndDecodesGzip(t *testing.T) {
	t.Parallel()
	body := rssFeed([3]string{"g", "Strike", ""})
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("User-Agent"); got != "sitrep/1.2.3 (+https://github.com/sitrep/sitrep)" {
			t.Errorf("User-Agent = %q", got)
		}
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Errorf("Accept-Encoding = %q, want gzip", r.Header.Get("Accept-Encoding"))
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte(body))
		zw.Close()
	})
	resp, err := testFetcher(nil).fetch(t.Context(), srv.URL, validators{})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != body {
		t.Errorf("body = %q, want the decompressed feed", resp.Body)
	}
}

func TestFetchCapCountsDecompressedBytes(t *testing.T) {
	t.Parallel()
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(bytes.Repeat([]byte("<"), 1<<20)) // compresses to about a kilobyte
		zw.Close()
	})
	_, err := testFetcher(func(o *Options) { o.MaxBody = 64 << 10 }).fetch(t.Context(), srv.URL, validators{})
	if !errors.Is(err, errTooLarge) {
		t.Errorf("fetch of a gzip bomb: error %v, want errTooLarge", err)
	}
}

func TestFetchRedirects(t *testing.T) {
	t.Parallel()
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
			return
		}
		w.Write([]byte("arrived"))
	})
	tests := []struct {
		hops    int
		wantErr error
	}{
		{3, nil},
		{maxRedirects, nil},
		{maxRedirects + 1, errTooManyRedirects},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.hops), func(t *testing.T) {
			t.Parallel()
			resp, err := testFetcher(nil).fetch(t.Context(), fmt.Sprintf("%s/hop/%d", srv.URL, tt.hops), validators{})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("fetch after %d redirects: error %v, want %v", tt.hops, err, tt.wantErr)
			}
			if err == nil && (string(resp.Body) != "arrived" || !strings.HasSuffix(resp.URL, "/hop/0")) {
				t.Errorf("fetch after %d redirects = %q at %s", tt.hops, resp.Body, resp.URL)
			}
		})
	}
}

func TestFetchFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "feed.xml")
	if err := os.WriteFile(path, []byte(rssFeed([3]string{"g", "Offline", ""})), 0o644); err != nil {
		t.Fatal(err)
	}
	fileURL := (&url.URL{Scheme: "file", Path: path}).String()
	f := testFetcher(nil)
	first, err := f.fetch(t.Context(), fileURL, validators{})
	if err != nil || !bytes.Contains(first.Body, []byte("Offline")) || first.LastModified == "" {
		t.Fatalf("fetch(%s) = %+v, %v; want the file and a Last-Modified", fileURL, first, err)
	}
	again, err := f.fetch(t.Context(), fileURL, first.validators)
	if err != nil || !again.NotModified {
		t.Errorf("refetch of an unchanged file = %+v, %v; want not modified", again, err)
	}
	small := testFetcher(func(o *Options) { o.MaxBody = 16 })
	if _, err := small.fetch(t.Context(), fileURL, validators{}); !errors.Is(err, errTooLarge) {
		t.Errorf("fetch of a file over the cap: error %v, want errTooLarge", err)
	}
	if _, err := f.fetch(t.Context(), "file://remote.example/feed.xml", validators{}); err == nil {
		t.Error("fetch of a remote file:// URL succeeded, want an error")
	}
}

func TestParseRetryAfter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"120", 2 * time.Minute},
		{" 5 ", 5 * time.Second},
		{testNow.Add(90 * time.Minute).Format(http.TimeFormat), 90 * time.Minute},
		{testNow.Add(-time.Hour).Format(http.TimeFormat), 0},
		{"-3", 0},
		{"soon", 0},
		{"", 0},
		{"99999999999999", 365 * 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := parseRetryAfter(tt.in, testNow); got != tt.want {
				t.Errorf("parseRetryAfter(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	t.Parallel()
	same := func(d time.Duration) time.Duration { return d }
	double := func(d time.Duration) time.Duration { return 2 * d }
	tests := []struct {
		name       string
		failures   int
		retryAfter time.Duration
		jitter     func(time.Duration) time.Duration
		want       time.Duration
	}{
		{"first failure waits the interval", 1, 0, same, 10 * time.Minute},
		{"then doubles", 3, 0, same, 40 * time.Minute},
		{"up to the cap", 12, 0, same, time.Hour},
		{"jitter stays under the cap", 12, 0, double, time.Hour},
		{"jitter applies", 2, 0, double, 40 * time.Minute},
		{"Retry-After is the minimum", 1, 3 * time.Hour, same, 3 * time.Hour},
		{"shorter Retry-After loses", 2, time.Minute, same, 20 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := backoff(tt.failures, 10*time.Minute, time.Hour, tt.retryAfter, tt.jitter); got != tt.want {
				t.Errorf("backoff(%d, 10m, 1h, %v) = %v, want %v", tt.failures, tt.retryAfter, got, tt.want)
			}
		})
	}
}

func TestRandomJitter(t *testing.T) {
	t.Parallel()
	for range 100 {
		if got := randomJitter(time.Hour); got < time.Hour || got > 72*time.Minute {
			t.Fatalf("randomJitter(1h) = %v, want within [1h, 1h12m]", got)
		}
	}
}
