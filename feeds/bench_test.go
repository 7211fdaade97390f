package feeds

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// BenchmarkPollAll polls 1,000 feeds of 20 items on one loopback server that
// adds 20 ms to every request, with the default limits: a first cycle (all
// new) and a second (all 304). The feeds are spread over 250 virtual hosts
// of that one server, as real feeds are spread over publishers; with a
// single host name the per-host limit (4) alone would set the pace. The
// baseline is a bare concurrent GET of the same URLs through the same
// transport with the same concurrency, measured in the same run.
//
//	go test -run '^$' -bench PollAll -benchtime 3x ./feeds/
func BenchmarkPollAll(b *testing.B) {
	const nFeeds, nItems, nHosts, latency = 1000, 20, 250, 20 * time.Millisecond
	srv := benchServer(b, nFeeds, nItems, latency)
	addr := srv.Listener.Addr().String()
	tr := newTransport(DefaultPerHost)
	tr.DialContext = func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, addr) // every virtual host is the one server
	}
	b.Cleanup(tr.CloseIdleConnections)
	client := &http.Client{Transport: tr}
	feeds := make([]Feed, nFeeds)
	for i := range feeds {
		feeds[i] = Feed{Name: fmt.Sprint("feed ", i), URL: fmt.Sprintf("http://h%03d.bench.test/feed/%d", i%nHosts, i)}
	}

	baseline := rawGets(b, client, feeds, DefaultConcurrency)
	var first, second time.Duration
	for b.Loop() {
		st := newFakeStore()
		p := NewPoller(st, feeds, Options{
			Client:      client,
			Extract:     func(string, time.Time) digest.Report { return digest.Report{Relevant: true} },
			Fingerprint: func(s string) uint64 { return uint64(len(s)) },
		})
		start := time.Now()
		checkCycle(b, p.PollAll(b.Context()), StatusOK, nItems)
		first += time.Since(start)
		start = time.Now()
		checkCycle(b, p.PollAll(b.Context()), StatusNotModified, 0)
		second += time.Since(start)
	}
	n := float64(b.N)
	b.ReportMetric(first.Seconds()/n, "first_cycle_s")
	b.ReportMetric(second.Seconds()/n, "304_cycle_s")
	b.ReportMetric(baseline.Seconds(), "baseline_raw_get_s")
	b.ReportMetric(first.Seconds()/n/baseline.Seconds(), "first/baseline")
	b.ReportMetric(second.Seconds()/n/baseline.Seconds(), "304/baseline")
	b.ReportMetric(float64(nFeeds*nItems)*n/first.Seconds(), "items/s")
	b.ReportMetric(peakRSSMB(b), "peak_rss_MB")
}

// benchServer serves /feed/N with an ETag, answering 304 to a matching
// If-None-Match, after the given latency. Bodies are written per request
// rather than held, so that the harness adds little to the peak memory.
func benchServer(b *testing.B, nFeeds, nItems int, latency time.Duration) *httptest.Server {
	b.Helper()
	now := time.Now()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(latency) // the simulated network and server time
		f, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
		if err != nil || f < 0 || f >= nFeeds {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"v%d"`, f)
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		bw := bufio.NewWriter(w)
		fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench %d</title>`, f)
		for i := range nItems {
			fmt.Fprintf(bw, `<item><guid>f%d-i%d</guid><title>Shelling on village %d kills %d</title><link>https://bench.example/%d/%d?utm_source=rss</link><pubDate>%s</pubDate>`+
				`<description>&lt;p&gt;At least %d civilians were killed and %d wounded when artillery shells struck the village of Kafr %d in the Idlib countryside on Tuesday, a local rescue team said. The strikes hit a market and two homes.&lt;/p&gt;</description></item>`,
				f, i, i, i%9+1, f, i, now.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z), i%9+1, i%5, i)
		}
		bw.WriteString("</channel></rss>")
		bw.Flush()
	}))
	b.Cleanup(srv.Close)
	return srv
}

// rawGets is the baseline: GET and read every feed with n workers, nothing more.
func rawGets(b *testing.B, client *http.Client, feeds []Feed, n int) time.Duration {
	b.Helper()
	urls := make(chan string)
	var wg sync.WaitGroup
	start := time.Now()
	for range n {
		wg.Go(func() {
			for u := range urls {
				resp, err := client.Get(u)
				if err != nil {
					b.Error(err)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
	for _, f := range feeds {
		urls <- f.URL
	}
	close(urls)
	wg.Wait()
	return time.Since(start)
}

func checkCycle(b *testing.B, results []Result, want Status, newPerFeed int) {
	b.Helper()
	for _, r := range results {
		if r.Status != want || len(r.New) != newPerFeed {
			b.Fatalf("feed %s: %s with %d new (%v), want %s with %d", r.Feed.Name, r.Status, len(r.New), r.Err, want, newPerFeed)
		}
	}
}

// peakRSSMB is the process's peak resident set (VmHWM), in MB.
func peakRSSMB(b *testing.B) float64 {
	b.Helper()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Skipf("no /proc/self/status: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb / 1024
		}
	}
	b.Fatal("VmHWM not found in /proc/self/status")
	return 0
}
