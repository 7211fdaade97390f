package digest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

var syntheticStart = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)

var syntheticWindow = Window{From: syntheticStart, To: syntheticStart.Add(7 * 24 * time.Hour)}

func TestBuildFixture(t *testing.T) {
	t.Parallel()
	d := fixtureDigest(t, Filter{})
	if want := (Totals{Killed: 46, Wounded: 20, KilledCivilians: 11}); d.Totals != want {
		t.Errorf("Totals = %+v, want %+v", d.Totals, want)
	}
	if want := (Totals{Killed: 10, Wounded: 3, KilledCivilians: 10}); d.Previous == nil || *d.Previous != want {
		t.Errorf("Previous = %+v, want %+v (the article outside the previous window must not count)", d.Previous, want)
	}
	if got := len(d.Vague); got != 1 {
		t.Errorf("len(Vague) = %d, want 1", got)
	}
	var maarat *Incident
	for i, in := range d.Incidents {
		if in.Place == "Maarat al-Numan" {
			maarat = &d.Incidents[i]
		}
	}
	if maarat == nil {
		t.Fatalf("no Maarat al-Numan incident in %+v", d.Incidents)
	}
	if f := maarat.Killed; f.Count != 5 || f.High == nil || *f.High != 12 || f.Qualifier != Range {
		t.Errorf("Maarat killed = %+v, want 5–12 (SANA 5 conflicts with the Observatory's updated 12)", f)
	}
	if maarat.Key != "2019-12-19/idlib/maarat-al-numan/civilians" {
		t.Errorf("Maarat key = %q", maarat.Key)
	}
	roles := map[string]Role{}
	links := 0
	for _, s := range maarat.Sources {
		if s.Kind == Killed {
			roles[s.Outlet] = s.Role
			links += len(s.Links)
		}
	}
	wantRoles := map[string]Role{"Gulf Herald": RoleSuperseded, "State Wire": RoleCounted, "Levant Post": RoleRestated, "Evening Ledger": RoleConflicting}
	if !reflect.DeepEqual(roles, wantRoles) {
		t.Errorf("Maarat roles = %v, want %v", roles, wantRoles)
	}
	if links != 5 {
		t.Errorf("Maarat killed sources carry %d links, want 5 (the wire copy's link kept)", links)
	}
}

func TestIncidentsMerging(t *testing.T) {
	t.Parallel()
	day := time.Date(2020, 2, 10, 9, 0, 0, 0, time.UTC)
	// fp 0xF0F0 and 0xF0F1 are copies; small numbers like 11, 22, 33 stand
	// for unrelated texts and are spread apart here.
	art := func(id int64, feed string, hours int, fp uint64, cs ...Casualty) Article {
		if fp < 0x100 {
			fp *= 0x9E3779B97F4A7C15
		}
		return Article{ID: id, Feed: feed, Link: fmt.Sprintf("https://x.example/%d", id), Published: day.Add(time.Duration(hours) * time.Hour),
			Fingerprint: fp, Report: Report{Relevant: true, Casualties: cs}}
	}
	fig := func(n int, q Qualifier, src, place string, date int) Casualty {
		return Casualty{Kind: Killed, Count: n, Qualifier: q, Side: Civilians, Place: place, Governorate: "Idlib",
			Date: DateOf(day.AddDate(0, 0, date)), Source: src}
	}
	tests := []struct {
		name     string
		articles []Article
		want     []string // figureText of each incident's killed figure, in Incidents order
	}{
		{"restated by another outlet", []Article{
			art(1, "A", 0, 11, fig(8, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 1, 22, fig(8, Exact, "SOHR", "Saraqib", 0))}, []string{"8"}},
		{"updated by the same source", []Article{
			art(1, "A", 0, 11, fig(42, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 5, 22, fig(51, Exact, "SOHR", "Saraqib", 0))}, []string{"51"}},
		{"later update far above the first", []Article{
			art(1, "A", 0, 11, fig(3, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 5, 22, fig(40, Exact, "SOHR", "Saraqib", 0))}, []string{"40"}},
		{"conflicting sources", []Article{
			art(1, "A", 0, 11, fig(15, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 1, 22, fig(5, Exact, "SANA", "Saraqib", 0))}, []string{"5–15"}},
		{"vague covered by exact", []Article{
			art(1, "A", 0, 11, fig(24, Vague, "SOHR", "Saraqib", 0)),
			art(2, "B", 1, 22, fig(26, AtLeast, "SOHR", "Saraqib", 0))}, []string{"at least 26"}},
		{"only vague", []Article{art(1, "A", 0, 11, fig(24, Vague, "", "Saraqib", 0))}, []string{"an unstated number"}},
		{"approximate keeps its qualifier", []Article{art(1, "A", 0, 11, fig(30, Approximate, "", "Saraqib", 0))}, []string{"about 30"}},
		{"governorate-only figure joins the place", []Article{
			art(1, "A", 0, 11, fig(6, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 1, 22, fig(6, Exact, "SANA", "", 0))}, []string{"6"}},
		{"dates a day apart merge", []Article{
			art(1, "A", 0, 11, fig(6, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 20, 22, fig(6, Exact, "SOHR", "Saraqib", 1))}, []string{"6"}},
		{"dates two days apart stay apart", []Article{
			art(1, "A", 0, 11, fig(6, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 40, 22, fig(6, Exact, "SOHR", "Saraqib", 2))}, []string{"6", "6"}},
		{"daily tolls do not chain", []Article{
			art(1, "A", 0, 11, fig(6, Exact, "SOHR", "Saraqib", 0)),
			art(2, "A", 24, 22, fig(7, Exact, "SOHR", "Saraqib", 1)),
			art(3, "A", 48, 33, fig(8, Exact, "SOHR", "Saraqib", 2))}, []string{"7", "8"}},
		{"different places stay apart", []Article{
			art(1, "A", 0, 11, fig(6, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 1, 22, fig(6, Exact, "SOHR", "Ariha", 0))}, []string{"6", "6"}},
		{"incompatible figures of different sources stay apart", []Article{
			art(1, "A", 0, 11, fig(2, Exact, "SOHR", "Saraqib", 0)),
			art(2, "B", 1, 22, fig(40, Exact, "SANA", "Saraqib", 0))}, []string{"2", "40"}},
		{"one report's two figures are two incidents", []Article{
			art(1, "A", 0, 11, fig(6, Exact, "SOHR", "Saraqib", 0), fig(9, Exact, "SOHR", "", 0))}, []string{"9", "6"}},
		{"near-duplicate copies are one report", []Article{
			art(1, "A", 0, 0xF0F0, fig(8, Exact, "", "Saraqib", 0)),
			art(2, "B", 1, 0xF0F1, fig(8, Exact, "", "Saraqib", 0))}, []string{"8"}},
		{"irrelevant and cumulative never count", []Article{
			{ID: 1, Report: Report{Relevant: false, Casualties: []Casualty{fig(3, Exact, "", "Saraqib", 0)}}},
			{ID: 2, Report: Report{Relevant: true, Cumulative: []Cumulative{{Kind: Killed, Count: 500000}}}}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, in := range Incidents(tt.articles) {
				got = append(got, figureText(in.Killed))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Incidents killed = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNearDuplicateSources(t *testing.T) {
	t.Parallel()
	day := time.Date(2020, 2, 10, 9, 0, 0, 0, time.UTC)
	c := Casualty{Kind: Killed, Count: 8, Qualifier: Exact, Side: Civilians, Place: "Saraqib", Governorate: "Idlib", Date: DateOf(day)}
	ins := Incidents([]Article{
		{ID: 1, Feed: "A", Link: "https://a.example/1", Published: day, Fingerprint: 0xF0F0, Report: Report{Relevant: true, Casualties: []Casualty{c}}},
		{ID: 2, Feed: "B", Link: "https://b.example/1", Published: day.Add(time.Hour), Fingerprint: 0xF0F1, Report: Report{Relevant: true, Casualties: []Casualty{c}}},
	})
	if len(ins) != 1 || len(ins[0].Sources) != 1 {
		t.Fatalf("Incidents = %+v, want one incident with one source", ins)
	}
	s := ins[0].Sources[0]
	if want := []string{"https://b.example/1", "https://a.example/1"}; !slices.Equal(s.Links, want) {
		t.Errorf("Links = %q, want %q (the latest copy first)", s.Links, want)
	}
}

// TestIncidentsOrderIndependent shuffles the same articles many times: the
// incidents and totals never change.
func TestIncidentsOrderIndependent(t *testing.T) {
	t.Parallel()
	articles := append(syntheticArticles(600, 7, syntheticStart), readArticles(t, "current.json")...)
	want := Incidents(articles)
	wantTotals := Build(articles, nil, syntheticWindow, Filter{}).Totals
	r := rand.New(rand.NewPCG(42, 43))
	for i := range 200 {
		shuffled := slices.Clone(articles)
		r.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		if got := Incidents(shuffled); !reflect.DeepEqual(got, want) {
			t.Fatalf("permutation %d: incidents differ", i)
		}
		if got := Build(shuffled, nil, syntheticWindow, Filter{}).Totals; got != wantTotals {
			t.Fatalf("permutation %d: totals %+v, want %+v", i, got, wantTotals)
		}
	}
}

func TestIncidentKeysUnique(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, in := range Incidents(syntheticArticles(3000, 3, syntheticStart)) {
		if seen[in.Key] {
			t.Errorf("key %q used twice", in.Key)
		}
		seen[in.Key] = true
	}
}

func TestPermute(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 2, 7, 100} {
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprint(i)
		}
		from := make([]int32, n)
		want := make([]string, n)
		for k, i := range r.Perm(n) {
			from[k], want[k] = int32(i), s[i]
		}
		if permute(s, slices.Clone(from)); !slices.Equal(s, want) {
			t.Errorf("permute(%d, %v) = %v, want %v", n, from, s, want)
		}
	}
}

func TestDescending(t *testing.T) {
	t.Parallel()
	ns := []int{math.MaxInt, 1 << 40, 1<<32 + 1, 1 << 32, 60, 1, 0, -1, math.MinInt}
	for i := 1; i < len(ns); i++ {
		ah, al := descending(ns[i-1])
		bh, bl := descending(ns[i])
		if ah > bh || ah == bh && al >= bl {
			t.Errorf("descending(%d) = (%d, %d) does not come before descending(%d) = (%d, %d)", ns[i-1], ah, al, ns[i], bh, bl)
		}
	}
}

func TestWindowPrevious(t *testing.T) {
	t.Parallel()
	w := Window{From: syntheticStart, To: syntheticStart.Add(24 * time.Hour)}
	p := w.Previous()
	if !p.To.Equal(w.From) || p.To.Sub(p.From) != 24*time.Hour {
		t.Errorf("%+v.Previous() = %+v", w, p)
	}
	if w.Contains(w.To) || !w.Contains(w.From) {
		t.Errorf("Contains: want From <= t < To")
	}
}

// BenchmarkBuild builds the digest of a week of n synthetic reports. Next to
// ns/article it times, in the same iterations, a trivial pass over the same
// articles (summing their casualty counts: the least any digest must read),
// as floor-ns/article, and reports build/floor, so that figures from a
// loaded machine can be compared as ratios.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			articles := benchArticles(n)
			runtime.GC() // the generator's garbage is not the build's to collect
			var floor time.Duration
			sum := 0
			b.ReportAllocs()
			for b.Loop() {
				Build(articles, nil, syntheticWindow, Filter{})
				b.StopTimer()
				start := time.Now()
				sum += sumCasualties(articles)
				floor += time.Since(start)
				b.StartTimer()
			}
			if sum < 0 {
				b.Fatal("negative casualties") // uses sum, so the pass is not optimised away
			}
			perBuild := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			perFloor := float64(floor.Nanoseconds()) / float64(b.N)
			b.ReportMetric(perBuild/float64(n), "ns/article")
			b.ReportMetric(perFloor/float64(n), "floor-ns/article")
			b.ReportMetric(perBuild/perFloor, "build/floor")
		})
	}
}

// benchCache keeps generated articles across -count repetitions of a
// benchmark: making a million takes longer than building their digest.
var benchCache = struct {
	sync.Mutex
	articles map[int][]Article
}{articles: map[int][]Article{}}

func benchArticles(n int) []Article {
	benchCache.Lock()
	defer benchCache.Unlock()
	if _, ok := benchCache.articles[n]; !ok {
		benchCache.articles[n] = syntheticArticles(n, 1, syntheticStart)
	}
	return benchCache.articles[n]
}

// sumCasualties is the benchmark's floor: one pass reading every article's
// report and figures.
func sumCasualties(articles []Article) int {
	sum := 0
	for i := range articles {
		r := &articles[i].Report
		if r.Killed != nil {
			sum += *r.Killed
		}
		for j := range r.Casualties {
			sum += max(r.Casualties[j].Count, 0)
		}
	}
	return sum
}
