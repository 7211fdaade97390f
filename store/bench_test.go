package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/sitrep/sitrep/feeds"
)

// benchArticles is how many articles BenchmarkArticles stores and reads.
const benchArticles = 100_000

// benchPolls returns benchArticles articles, a minute apart from t0, in polls of 1000.
func benchPolls() []feeds.Poll {
	var ps []feeds.Poll
	for i := 0; i < benchArticles; i += 1000 {
		url := fmt.Sprintf("https://%d.example/feed", i/1000%10)
		p := poll("F", url, t0)
		for j := i; j < i+1000; j++ {
			p.Items = append(p.Items, item(fmt.Sprint(j), t0.Add(time.Duration(j)*time.Minute), report(j%2 == 0, j%7, "Idlib")))
		}
		ps = append(ps, p)
	}
	return ps
}

func BenchmarkArticles(b *testing.B) {
	ps := benchPolls()
	to := t0.Add(benchArticles * time.Minute)

	b.Run("insert", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			s := openTest(b)
			b.StartTimer()
			for _, p := range ps {
				commit(b, s, p)
			}
		}
		b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "items/s")
	})

	b.Run("read", func(b *testing.B) {
		s := openTest(b)
		for _, p := range ps {
			commit(b, s, p)
		}
		for b.Loop() {
			as, err := s.Articles(b.Context(), t0, to)
			if err != nil || len(as) != benchArticles {
				b.Fatalf("Articles = %d, %v; want %d", len(as), err, benchArticles)
			}
		}
		b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "items/s")
	})
}
