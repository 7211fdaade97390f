package bot

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// benchPlaces are the places generated reports name.
var benchPlaces = []digest.Place{
	{Name: "Douma", Governorate: "Rif Dimashq"}, {Name: "Maarat al-Numan", Governorate: "Idlib"},
	{Name: "Idlib", Governorate: "Idlib"}, {Name: "Aleppo", Governorate: "Aleppo"},
	{Name: "Saraqib", Governorate: "Idlib"}, {Name: "Deir ez-Zor", Governorate: "Deir ez-Zor"},
	{Name: "Raqqa", Governorate: "Raqqa"}, {Name: "Daraa", Governorate: "Daraa"},
	{Name: "Homs", Governorate: "Homs"}, {Name: "Hama", Governorate: "Hama"},
	{Name: "Qamishli", Governorate: "Al-Hasakah"}, {Name: "Latakia", Governorate: "Latakia"},
}

// benchStore holds n generated reports over the year before testNow; the
// same n always gives the same articles.
func benchStore(n int) *fakeStore {
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	feeds := []string{"Wire One", "Wire Two", "Wire Three", "Wire Four"}
	arts := make([]digest.Article, n)
	for i := range arts {
		pub := testNow.Add(-time.Duration(rng.Int64N(int64(365 * 24 * time.Hour))))
		p := benchPlaces[rng.IntN(len(benchPlaces))]
		side := digest.Sides[rng.IntN(len(digest.Sides))]
		killed := rng.IntN(30)
		civ := 0
		if side == digest.Civilians {
			civ = killed
		}
		arts[i] = digest.Article{
			ID: int64(i + 1), Feed: feeds[rng.IntN(len(feeds))],
			Title:     fmt.Sprintf("Report %d from %s", i+1, p.Name),
			Link:      fmt.Sprintf("https://news.example/%d", i+1),
			Published: pub, FirstSeen: pub, Fingerprint: rng.Uint64(),
			Report: digest.Report{
				Relevant: true, Published: digest.DateOf(pub), Killed: &killed, KilledCivilians: &civ,
				Casualties: []digest.Casualty{{Kind: digest.Killed, Count: killed, Qualifier: digest.Exact, Side: side,
					Place: p.Name, Governorate: p.Governorate, Date: digest.DateOf(pub), Source: "Observatory",
					Evidence: fmt.Sprintf("%d people were killed in %s.", killed, p.Name)}},
				Places: []digest.Place{p},
			},
		}
	}
	return newFakeStore(arts...)
}

// benchInteraction is the i-th interaction the benchmark sends: a mix of
// /latest, /casualties, /where and /sources with varied options, so that a
// burst asks many different questions.
func benchInteraction(id string, i int) map[string]any {
	gov := Governorates[i%len(Governorates)]
	switch i % 4 {
	case 0:
		return interaction(id, 2, "latest", "0", opt("count", 4, 1+i%maxLatest), opt("governorate", 3, gov))
	case 1:
		return interaction(id, 2, "casualties", "0", opt("period", 3, []string{"24h", "7d"}[i/4%2]), opt("governorate", 3, gov))
	case 2:
		return interaction(id, 2, "where", "0", opt("place", 3, benchPlaces[i%len(benchPlaces)].Name))
	}
	return interaction(id, 2, "sources", "0")
}

// BenchmarkInteractions measures, at the fake API, the time from sending
// INTERACTION_CREATE to receiving its callback: 200 at once against 100k
// stored reports, and one at a time as the baseline of the same run. The
// clock moves past the answer cache's lifetime before every round, so each
// round starts cold.
func BenchmarkInteractions(b *testing.B) {
	const stored, burst = 100_000, 200
	fd := newFakeDiscord(b)
	fd.spec = nil // schema validation runs in the tests; here it would compete for the CPU
	var rounds atomic.Int64
	now := func() time.Time { return testNow.Add(time.Duration(rounds.Load()) * answerTTL) }
	bot, _ := newTestBotAt(b, fd, benchStore(stored), Config{}, now)
	runBot(b, fd, bot)
	var next int
	round := func(n int) []time.Duration {
		rounds.Add(1)
		ids := make([]string, n)
		sent := make(map[string]time.Time, n)
		for i := range ids {
			next++
			ids[i] = fmt.Sprintf("b%d", next)
		}
		before := len(fd.all())
		for i, id := range ids {
			sent[id] = time.Now()
			fd.dispatch("INTERACTION_CREATE", benchInteraction(id, next-n+i))
		}
		fd.waitCount("POST", "/callback", before, n)
		var lat []time.Duration
		for _, r := range fd.all()[before:] {
			id := strings.Split(strings.TrimPrefix(unversioned(r.Path), "/interactions/"), "/")[0]
			if t0, ok := sent[id]; ok {
				lat = append(lat, r.At.Sub(t0))
			}
		}
		return lat
	}
	var base, loaded []time.Duration
	for b.Loop() {
		for range 10 {
			base = append(base, round(1)...)
		}
		loaded = append(loaded, round(burst)...)
	}
	bp50, bp99 := percentiles(base)
	p50, p99 := percentiles(loaded)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(p50), "p50-ms")
	b.ReportMetric(ms(p99), "p99-ms")
	b.ReportMetric(ms(bp50), "base-p50-ms")
	b.ReportMetric(ms(bp99), "base-p99-ms")
	b.ReportMetric(float64(p99)/float64(bp99), "p99/base")
	b.ReportMetric(0, "ns/op") // one op is a whole burst; the latencies are the result
}

func percentiles(d []time.Duration) (p50, p99 time.Duration) {
	if len(d) == 0 {
		return 0, 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)*50/100], s[min(len(s)-1, len(s)*99/100)]
}

// waitCount waits until n requests after the first from match, scanning
// each request once.
func (fd *fakeDiscord) waitCount(method, part string, from, n int) {
	fd.t.Helper()
	deadline := time.After(30 * time.Second)
	got, next := 0, from
	for {
		fd.mu.Lock()
		for ; next < len(fd.requests); next++ {
			if r := fd.requests[next]; r.Method == method && strings.Contains(r.Path, part) {
				got++
			}
		}
		changed := fd.changed
		fd.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			fd.t.Fatalf("%d of %d %s requests to %q arrived", got, n, method, part)
		}
	}
}
